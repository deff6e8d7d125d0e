package jp.kizuna.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jp.kizuna.platform.contracts.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.util.SimpleMethodInvocation;

/** Each role annotation checks exactly the roles of its group, so a path rule and a method rule cannot drift. */
class RoleGroupsTest {

    private static final Pattern ROLE = Pattern.compile("'([^']+)'");

    @Test
    void cityStaffOnlyAdmitsCityStaffAndCityAdmins() {
        assertThat(rolesOf(CityStaffOnly.class)).containsExactlyInAnyOrder(RoleGroups.city());
        assertThat(RoleGroups.city()).containsExactlyInAnyOrder(Roles.CITY_STAFF, Roles.CITY_ADMIN);
    }

    @Test
    void cityAdminOnlyAdmitsCityAdminsAlone() {
        assertThat(expressionOf(CityAdminOnly.class)).startsWith("hasRole(");
        assertThat(rolesOf(CityAdminOnly.class)).containsExactly(Roles.CITY_ADMIN);
    }

    @Test
    void cityStaffOrOrgAdminAddsOrganizationsOfficersToTheCity() {
        assertThat(rolesOf(CityStaffOrOrgAdmin.class)).containsExactlyInAnyOrder(RoleGroups.cityOrOrgAdmin());
        assertThat(RoleGroups.cityOrOrgAdmin()).containsExactlyInAnyOrder(Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN);
    }

    @Test
    void publishersAreTheCityOrganizationsOfficersAndPartners() {
        assertThat(rolesOf(PublishersOnly.class)).containsExactlyInAnyOrder(RoleGroups.publishers());
        assertThat(RoleGroups.publishers())
                .containsExactlyInAnyOrder(Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN, Roles.PARTNER);
    }

    @Test
    void signedInAsksForATokenAndNoRole() {
        assertThat(expressionOf(SignedIn.class)).isEqualTo("isAuthenticated()");
    }

    @Test
    void aGroupIsAFreshArraySoThatNoRuleCanChangeAnother() {
        String[] city = RoleGroups.city();
        city[0] = Roles.RESIDENT;

        assertThat(RoleGroups.city()).containsExactlyInAnyOrder(Roles.CITY_STAFF, Roles.CITY_ADMIN);
    }

    @Test
    void methodSecurityReadsTheAnnotationsAsTheRulesTheyCarry() throws NoSuchMethodException {
        assertThat(granted("city", Roles.CITY_STAFF)).isTrue();
        assertThat(granted("city", Roles.ORG_ADMIN)).isFalse();
        assertThat(granted("admin", Roles.CITY_ADMIN)).isTrue();
        assertThat(granted("admin", Roles.CITY_STAFF)).isFalse();
        assertThat(granted("cityOrOrgAdmin", Roles.ORG_ADMIN)).isTrue();
        assertThat(granted("cityOrOrgAdmin", Roles.PARTNER)).isFalse();
        assertThat(granted("publishers", Roles.PARTNER)).isTrue();
        assertThat(granted("publishers", Roles.RESIDENT)).isFalse();
        assertThat(granted("signedIn", Roles.RESIDENT)).isTrue();
    }

    private static boolean granted(String method, String role) throws NoSuchMethodException {
        var invocation = new SimpleMethodInvocation(new Marked(), Marked.class.getDeclaredMethod(method));
        var caller = UsernamePasswordAuthenticationToken.authenticated("someone", null,
                AuthorityUtils.createAuthorityList("ROLE_" + role));
        AuthorizationResult result = new PreAuthorizeAuthorizationManager().authorize(() -> caller, invocation);
        return result != null && result.isGranted();
    }

    private static String expressionOf(Class<? extends Annotation> annotation) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(annotation, PreAuthorize.class);
        assertThat(rule).as(annotation.getSimpleName() + " carries @PreAuthorize").isNotNull();
        return rule.value();
    }

    private static Set<String> rolesOf(Class<? extends Annotation> annotation) {
        Matcher roles = ROLE.matcher(expressionOf(annotation));
        Set<String> found = new HashSet<>();
        while (roles.find()) {
            found.add(roles.group(1));
        }
        assertThat(Arrays.asList(Roles.CITY_ADMIN, Roles.CITY_STAFF, Roles.ORG_ADMIN, Roles.PARTNER, Roles.RESIDENT))
                .as("every role named is a role of the platform").containsAll(found);
        return found;
    }

    @SuppressWarnings("unused")
    private static final class Marked {
        @CityStaffOnly
        void city() {
        }

        @CityAdminOnly
        void admin() {
        }

        @CityStaffOrOrgAdmin
        void cityOrOrgAdmin() {
        }

        @PublishersOnly
        void publishers() {
        }

        @SignedIn
        void signedIn() {
        }
    }
}
