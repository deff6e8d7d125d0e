package jp.kizuna.platform.contracts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Partner API keys as the registry and the gateway both see them: the registry keeps and publishes
 * only a key's {@linkplain #hash(String) hash}, the gateway hashes what a client presents the same way
 * to find the key; the scopes a key may carry and the roles each gives in the gateway's token.
 */
public final class ApiKeys {

    /** Create, edit and cancel its organization's events and manage their sign-ups. */
    public static final String EVENTS_PUBLISH_SCOPE = "events:publish";

    private static final Map<String, String> ROLE_OF_SCOPE = Map.of(EVENTS_PUBLISH_SCOPE, Roles.PARTNER);

    private ApiKeys() {
    }

    /**
     * The SHA-256 of the key's UTF-8 bytes, in lower-case hex. A key carries 256 random bits, so a fast
     * hash is enough (there is nothing to guess) and the gateway can look a key up on every request.
     */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The roles these scopes give, in the scopes' order; a scope no role belongs to gives none. */
    public static Set<String> rolesOf(Collection<String> scopes) {
        Set<String> roles = new LinkedHashSet<>();
        for (String scope : scopes) {
            String role = ROLE_OF_SCOPE.get(scope);
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }
}
