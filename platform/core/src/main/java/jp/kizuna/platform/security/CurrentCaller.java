package jp.kizuna.platform.security;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.text.TextPolicy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling, as far as a use case needs to know: the token's subject, the name people see for
 * the caller, its roles and the organization an org-admin or partner is bound to.
 *
 * @param subject     who the caller is: a person's account id, a machine client's id; what authorization
 *                    and ownership compare
 * @param displayName what histories, audit lists, screening and check-ins show for the caller: a person's
 *                    display name ({@link #displayNameOf(Jwt)}, never an e-mail address), otherwise the
 *                    subject (a machine client's id)
 */
public record CurrentCaller(String subject, String displayName, Set<String> roles, Optional<String> organizationId) {

    /** The longest display name taken from a token; a longer one is not a name people chose to be shown by. */
    public static final int MAX_DISPLAY_NAME = 100;

    public static final String ANONYMOUS = "anonymous";

    /** An address-like text: something, an at sign, something (full-width forms folded first). */
    private static final Pattern EMAIL_LIKE = Pattern.compile("[^\\s@]@[^\\s@]");

    public static CurrentCaller from(Authentication authentication) {
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toUnmodifiableSet());
        String subject = authentication.getName();
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            return new CurrentCaller(subject, displayNameOf(jwt).orElse(subject), roles,
                    Optional.ofNullable(jwt.getClaimAsString(Roles.ORGANIZATION_CLAIM)));
        }
        return new CurrentCaller(subject, subject, roles, Optional.empty());
    }

    /** The caller of the request being handled; anonymous when there is no token. */
    public static CurrentCaller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return new CurrentCaller(ANONYMOUS, ANONYMOUS, Set.of(), Optional.empty());
        }
        return from(authentication);
    }

    /**
     * The display name a token gives for a person: its {@code name} claim, else its
     * {@code preferred_username}, each trimmed and in NFC, and only when it is one line of visible
     * text of at most {@value #MAX_DISPLAY_NAME} characters that does not look like an e-mail
     * address (the {@code email} claim is never read). Empty for machine clients, whose tokens carry
     * neither; the caller is then shown by its subject.
     */
    public static Optional<String> displayNameOf(Jwt jwt) {
        return Stream.of(Roles.NAME_CLAIM, Roles.PREFERRED_USERNAME_CLAIM)
                .map(claim -> jwt.getClaims().get(claim))
                .map(CurrentCaller::acceptableName)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<String> acceptableName(Object claim) {
        if (!(claim instanceof String text)) {
            return Optional.empty();
        }
        String name = TextPolicy.normalize(text.strip(), TextPolicy.Lines.SINGLE);
        if (name.isEmpty() || name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME
                || TextPolicy.problem(name, TextPolicy.Lines.SINGLE).isPresent() || looksLikeEmail(name)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * Whether the text contains something that reads as an e-mail address ({@code hanako@kizuna.example},
     * also in full-width {@code ｈａｎａｋｏ＠…}, or inside {@code 会津 花子 <hanako@…>}). Deliberately
     * broad: a name that is refused only shows the caller by its subject.
     */
    public static boolean looksLikeEmail(String text) {
        return text != null && EMAIL_LIKE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).find();
    }

    /** Who is acting, as a record of the change keeps it. */
    public Actor actor() {
        return new Actor(subject, displayName);
    }

    /**
     * Fails with 403 unless the caller may act for this organization: city staff for any, an
     * org-admin or partner only for its own; for the city's own (null) only city staff.
     */
    public void requireActsFor(String organization) {
        if (!actsFor(organization)) {
            throw new AccessDeniedException("caller " + subject + " does not act for "
                    + (organization == null ? "the city" : "organization " + organization));
        }
    }

    public boolean isCityStaff() {
        return roles.contains(Roles.CITY_STAFF) || roles.contains(Roles.CITY_ADMIN);
    }

    /**
     * The one "acts for organization" check: whether the caller may act for this organization (manage its
     * profile, events, applications, webhooks): city staff for any, an org-admin or partner for its own.
     * What belongs to the city itself (an organization of null, e.g. the city's own events) only city staff
     * act for.
     */
    public boolean actsFor(String organization) {
        return isCityStaff() || organization != null && organizationId.filter(organization::equals).isPresent();
    }
}
