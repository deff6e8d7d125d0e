package jp.kizuna.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

class PersonTest {

    @Test
    void isWhoTheIdTokenNames() {
        Person hanako = Person.of(signedIn(Map.of("sub", "p-1", "name", "会津 花子", "roles", List.of("resident")))).orElseThrow();

        assertThat(hanako).isEqualTo(new Person("p-1", "会津 花子", List.of("resident"), null));
        assertThat(hanako.isResident()).isTrue();
        assertThat(hanako.worksForTheCityOrAnOrganization()).isFalse();
    }

    @Test
    void actsForTheOrganizationOfAnOfficer() {
        Person officer = Person.of(signedIn(Map.of("sub", "p-2", "name", "滝沢 みどり", "roles", List.of("org-admin"),
                "org_id", "ikki"))).orElseThrow();

        assertThat(officer.organizationId()).isEqualTo("ikki");
        assertThat(officer.isOfficer()).isTrue();
        assertThat(officer.worksForTheCityOrAnOrganization()).isTrue();
        assertThat(officer.isCityStaff()).isFalse();
    }

    @Test
    void countsACityAdminAsCityStaff() {
        Person admin = Person.of(signedIn(Map.of("sub", "p-3", "roles", List.of("city-admin")))).orElseThrow();

        assertThat(admin.isCityStaff()).isTrue();
        assertThat(admin.isCityAdmin()).isTrue();
        assertThat(admin.name()).as("the subject stands in for a missing name").isEqualTo("p-3");
    }

    @Test
    void isNobodyForAnAnonymousVisitor() {
        assertThat(Person.of(null)).isEmpty();
        assertThat(Person.of(new TestingAuthenticationToken("user", "password"))).isEmpty();
    }

    private static OAuth2AuthenticationToken signedIn(Map<String, Object> claims) {
        OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(300), claims);
        DefaultOidcUser user = new DefaultOidcUser(List.of(), token);
        return new OAuth2AuthenticationToken(user, List.of(), "kizuna");
    }
}
