package jp.kizuna.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void theHashIsTheLowerCaseHexSha256OfTheKeysUtf8Bytes() {
        // SHA-256("abc"), FIPS 180-2 appendix B.1
        assertThat(ApiKeys.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theHashReadsTheKeyAsUtf8() {
        // SHA-256 of the three bytes e7 b5 86, 絆 in UTF-8
        assertThat(ApiKeys.hash("絆")).isEqualTo("7c27776ab537ef85618edd8ef82301e4f7cc796923c2722764d7fb4a51f959c7");
    }

    @Test
    void differentKeysHaveDifferentHashesAndTheSameKeyAlwaysTheSame() {
        String key = "kzn_abcdefghijkm_3q2-7wFAKEsecretFAKEsecretFAKEsecret1234";
        assertThat(ApiKeys.hash(key)).isEqualTo(ApiKeys.hash(key)).isNotEqualTo(ApiKeys.hash(key + "x"));
    }

    @Test
    void thePublishScopeGivesThePartnerRole() {
        assertThat(ApiKeys.rolesOf(List.of(ApiKeys.EVENTS_PUBLISH_SCOPE))).containsExactly(Roles.PARTNER);
    }

    @Test
    void aScopeNoRoleBelongsToGivesNone() {
        assertThat(ApiKeys.rolesOf(List.of("events:read-everything"))).isEmpty();
        assertThat(ApiKeys.rolesOf(List.of())).isEmpty();
    }
}
