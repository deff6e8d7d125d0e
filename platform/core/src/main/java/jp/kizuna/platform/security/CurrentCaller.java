package jp.kizuna.platform.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as far as a use case needs to know: the token's subject, roles and the
 * organization an org-admin or partner is bound to.
 */
public record CurrentCaller(String subject, Set<String> roles, Optional<String> organizationId) {

    public static CurrentCaller from(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        Optional<String> organization = authentication instanceof JwtAuthenticationToken jwt
                ? Optional.ofNullable(jwt.getToken().getClaimAsString(Roles.ORGANIZATION_CLAIM))
                : Optional.empty();
        return new CurrentCaller(authentication.getName(), roles, organization);
    }

    /** The caller of the request being handled; anonymous when there is no token. */
    public static CurrentCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return new CurrentCaller("anonymous", Set.of(), Optional.empty());
        }
        return from(authentication);
    }

    /**
     * Fails with 403 unless the caller may act for this organization: city staff for any, an
     * org-admin or partner only for its own.
     */
    public void requireActsFor(String organization) {
        if (!actsFor(organization)) {
            throw new AccessDeniedException("caller " + subject + " does not act for organization " + organization);
        }
    }

    public boolean isCityStaff() {
        return roles.contains(Roles.CITY_STAFF) || roles.contains(Roles.CITY_ADMIN);
    }

    /** Whether the caller may act for this organization: city staff for any, others for their own. */
    public boolean actsFor(String organization) {
        return isCityStaff() || organizationId.filter(organization::equals).isPresent();
    }
}
