package jp.kizuna.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import jp.kizuna.platform.openapi.OperationSecurityCustomizer.Access;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.access.intercept.RequestMatcherDelegatingAuthorizationManager;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

class OperationSecurityCustomizerTest {

    /** Rules shaped like a service's: a few role rules, then public reads, then a token for everything else. */
    private final AuthorizationManager<HttpServletRequest> rules = RequestMatcherDelegatingAuthorizationManager.builder()
            .add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/events/registrations/**"),
                    AuthenticatedAuthorizationManager.authenticated())
            .add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/events/*/registrations"),
                    AuthenticatedAuthorizationManager.authenticated())
            .add(PathPatternRequestMatcher.withDefaults().matcher("/api/events/*/moderation/**"),
                    AuthorityAuthorizationManager.hasAnyRole("city-staff", "city-admin"))
            .add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.PUT, "/api/events/**"),
                    AuthorityAuthorizationManager.hasAnyRole("city-staff", "partner"))
            .add(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/**"),
                    (caller, request) -> new AuthorizationDecision(true))
            .add(AnyRequestMatcher.INSTANCE, AuthenticatedAuthorizationManager.authenticated())
            .build();

    @Test
    void aReadAnyoneMayMakeIsPublic() {
        assertThat(OperationSecurityCustomizer.access(rules, "GET", "/api/events/{id}")).isEqualTo(Access.PUBLIC);
    }

    @Test
    void aReadOfOnesOwnThingsNeedsATokenWhichAPartnersKeyGivesToo() {
        assertThat(OperationSecurityCustomizer.access(rules, "GET", "/api/events/registrations/mine"))
                .isEqualTo(Access.PARTNER);
    }

    @Test
    void aWriteAPartnerMayMakeTakesItsApiKey() {
        assertThat(OperationSecurityCustomizer.access(rules, "PUT", "/api/events/{id}")).isEqualTo(Access.PARTNER);
    }

    @Test
    void aSignUpAnyCallerWithATokenMayMakeTakesAPartnersKeyToo() {
        assertThat(OperationSecurityCustomizer.access(rules, "POST", "/api/events/{eventId}/registrations"))
                .isEqualTo(Access.PARTNER);
    }

    @Test
    void aStaffOnlyWriteTakesABearerToken() {
        assertThat(OperationSecurityCustomizer.access(rules, "POST", "/api/events/{id}/moderation/approval"))
                .isEqualTo(Access.TOKEN);
    }
}
