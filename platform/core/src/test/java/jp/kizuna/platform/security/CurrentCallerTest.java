package jp.kizuna.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jp.kizuna.platform.contracts.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A caller is shown by the display name its token gives for a person, and by its subject otherwise;
 * never by an e-mail address.
 */
class CurrentCallerTest {

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aPersonIsShownByTheNameClaimAndKnownByTheSubject() {
        CurrentCaller caller = caller(claims -> claims.subject("3f6c0a52-9d1e-4b7a-8c55-0e2f7d41a9b3")
                .claim(Roles.NAME_CLAIM, "会津 花子").claim(Roles.ROLES_CLAIM, List.of(Roles.RESIDENT)));

        assertThat(caller.subject()).isEqualTo("3f6c0a52-9d1e-4b7a-8c55-0e2f7d41a9b3");
        assertThat(caller.displayName()).isEqualTo("会津 花子");
        assertThat(caller.actor()).isEqualTo(new Actor("3f6c0a52-9d1e-4b7a-8c55-0e2f7d41a9b3", "会津 花子"));
        assertThat(caller.roles()).containsExactly(Roles.RESIDENT);
    }

    @Test
    void theNameIsTrimmedAndKeptAsWrittenWithItsParentheses() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.NAME_CLAIM, "　 鈴木 誠（地域づくり課） \t"));

        assertThat(caller.displayName()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void theNameIsStoredInNfc() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.NAME_CLAIM, "か\u3099んこ"));

        assertThat(caller.displayName()).isEqualTo("がんこ");
    }

    @Test
    void aMachineClientWithoutANameIsShownByItsClientId() {
        CurrentCaller caller = caller(claims -> claims.subject("kizuna-city-staff")
                .claim(Roles.ROLES_CLAIM, List.of(Roles.CITY_STAFF)));

        assertThat(caller.displayName()).isEqualTo("kizuna-city-staff");
        assertThat(caller.actor()).isEqualTo(Actor.of("kizuna-city-staff"));
    }

    @Test
    void aNameThatIsAnEmailAddressIsNeverShown() {
        for (String address : List.of("hanako@kizuna.example", "ｈａｎａｋｏ＠ｋｉｚｕｎａ．ｅｘａｍｐｌｅ",
                "会津 花子 <hanako@kizuna.example>", "staff@city")) {
            CurrentCaller caller = caller(claims -> claims.subject("person-1").claim(Roles.NAME_CLAIM, address));

            assertThat(caller.displayName()).as(address).isEqualTo("person-1");
        }
    }

    @Test
    void theEmailClaimIsNeverReadAndAnEmailLikePreferredUsernameIsIgnored() {
        CurrentCaller caller = caller(claims -> claims.subject("person-2").claim("email", "taro@kizuna.example")
                .claim(Roles.PREFERRED_USERNAME_CLAIM, "taro@kizuna.example"));

        assertThat(caller.displayName()).isEqualTo("person-2");
    }

    @Test
    void aPreferredUsernameThatIsNoAddressStandsInForAMissingName() {
        CurrentCaller caller = caller(claims -> claims.subject("person-3").claim(Roles.PREFERRED_USERNAME_CLAIM, "t.wakamatsu"));

        assertThat(caller.displayName()).isEqualTo("t.wakamatsu");
    }

    @Test
    void theNameClaimComesBeforeThePreferredUsername() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.NAME_CLAIM, "若松 太郎")
                .claim(Roles.PREFERRED_USERNAME_CLAIM, "t.wakamatsu"));

        assertThat(caller.displayName()).isEqualTo("若松 太郎");
    }

    @Test
    void anEmailLikeNameFallsBackToAPreferredUsernameThatIsNone() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.NAME_CLAIM, "taro@kizuna.example")
                .claim(Roles.PREFERRED_USERNAME_CLAIM, "t.wakamatsu"));

        assertThat(caller.displayName()).isEqualTo("t.wakamatsu");
    }

    @Test
    void aNameThatCannotBeShownSafelyIsNotUsed() {
        for (Object unusable : List.of("", "   ", "\u200B", "会津\n花子", "会津\u202E花子", "名".repeat(101),
                List.of("会津 花子"), 42)) {
            CurrentCaller caller = caller(claims -> claims.subject("person-4").claim(Roles.NAME_CLAIM, unusable));

            assertThat(caller.displayName()).as(String.valueOf(unusable)).isEqualTo("person-4");
        }
    }

    @Test
    void aNameOfAHundredCharactersIsKept() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.NAME_CLAIM, "名".repeat(100)));

        assertThat(caller.displayName()).hasSize(100);
    }

    @Test
    void theOrganizationComesFromTheOrgIdClaim() {
        CurrentCaller caller = caller(claims -> claims.claim(Roles.ORGANIZATION_CLAIM, "ikki")
                .claim(Roles.NAME_CLAIM, "滝沢 みどり").claim(Roles.ROLES_CLAIM, List.of(Roles.ORG_ADMIN)));

        assertThat(caller.organizationId()).contains("ikki");
        assertThat(caller.actsFor("ikki")).isTrue();
        assertThat(caller.actsFor("minato")).isFalse();
    }

    @Test
    void onlyCityStaffActForTheCityItselfAndForEveryOrganization() {
        CurrentCaller officer = caller(claims -> claims.claim(Roles.ORGANIZATION_CLAIM, "ikki")
                .claim(Roles.ROLES_CLAIM, List.of(Roles.ORG_ADMIN)));
        CurrentCaller staff = caller(claims -> claims.claim(Roles.ROLES_CLAIM, List.of(Roles.CITY_STAFF)));

        assertThat(officer.actsFor(null)).isFalse();
        assertThat(staff.actsFor(null)).isTrue();
        assertThat(staff.actsFor("ikki")).isTrue();
        assertThatThrownBy(() -> officer.requireActsFor(null)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("the city");
        assertThatThrownBy(() -> officer.requireActsFor("minato")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("organization minato");
    }

    @Test
    void anAnonymousCallerIsShownAsAnonymous() {
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        CurrentCaller caller = CurrentCaller.current();

        assertThat(caller.subject()).isEqualTo(CurrentCaller.ANONYMOUS);
        assertThat(caller.displayName()).isEqualTo(CurrentCaller.ANONYMOUS);
        assertThat(caller.roles()).isEmpty();
    }

    @Test
    void aCallerAuthenticatedOtherwiseThanByTokenIsShownByItsName() {
        CurrentCaller caller = CurrentCaller.from(UsernamePasswordAuthenticationToken.authenticated("operator", null,
                AuthorityUtils.createAuthorityList("ROLE_city-admin")));

        assertThat(caller.displayName()).isEqualTo("operator");
        assertThat(caller.isCityStaff()).isTrue();
    }

    @Test
    void looksLikeEmailFindsAddressesAndLeavesNamesAlone() {
        assertThat(CurrentCaller.looksLikeEmail("officer.ikki@kizuna.example")).isTrue();
        assertThat(CurrentCaller.looksLikeEmail("連絡先 officer＠kizuna.example")).isTrue();
        assertThat(CurrentCaller.looksLikeEmail("佐藤 直子（情報政策課）")).isFalse();
        assertThat(CurrentCaller.looksLikeEmail("@aizu_hanako")).isFalse();
        assertThat(CurrentCaller.looksLikeEmail("Q&A @ 公民館")).isFalse();
    }

    @Test
    void aStoredEntryWithoutADisplayNameShowsItsSubject() {
        assertThat(Actor.nameOr(null, "kizuna-city-staff")).isEqualTo("kizuna-city-staff");
        assertThat(Actor.nameOr("鈴木 誠", "3f6c0a52")).isEqualTo("鈴木 誠");
        assertThat(Actor.nameOr(null, null)).isNull();
        assertThat(new Actor("kizuna-org-admin", " ").name()).isEqualTo("kizuna-org-admin");
    }

    /** The caller of a request that carries a token with these claims (subject {@code person-0} unless set). */
    private static CurrentCaller caller(Consumer<Jwt.Builder> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").subject("person-0")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(600));
        claims.accept(builder);
        return CurrentCaller.from(new KizunaJwtAuthenticationConverter().convert(builder.build()));
    }
}
