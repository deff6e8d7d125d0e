package jp.kizuna.web.page;

import java.util.List;
import java.util.Optional;

import jp.kizuna.platform.contracts.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages need it: their display name, roles and the organization an officer or
 * partner acts for (from the ID token; the API checks the access token again on every call).
 */
public record Person(String subject, String name, List<String> roles, String organizationId) {

    public static Optional<Person> of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            List<String> roles = user.getClaimAsStringList(Roles.ROLES_CLAIM);
            String name = user.getClaimAsString(Roles.NAME_CLAIM);
            return Optional.of(new Person(user.getSubject(), name == null ? user.getSubject() : name,
                    roles == null ? List.of() : List.copyOf(roles), user.getClaimAsString(Roles.ORGANIZATION_CLAIM)));
        }
        return Optional.empty();
    }

    public boolean isResident() {
        return roles.contains(Roles.RESIDENT);
    }

    public boolean isCityStaff() {
        return roles.contains(Roles.CITY_STAFF) || roles.contains(Roles.CITY_ADMIN);
    }

    public boolean isCityAdmin() {
        return roles.contains(Roles.CITY_ADMIN);
    }

    public boolean isOfficer() {
        return roles.contains(Roles.ORG_ADMIN) || roles.contains(Roles.PARTNER);
    }

    public boolean worksForTheCityOrAnOrganization() {
        return isCityStaff() || isOfficer();
    }
}
