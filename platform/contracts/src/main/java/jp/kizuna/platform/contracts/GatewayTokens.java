package jp.kizuna.platform.contracts;

/**
 * The tokens the gateway signs for callers it authenticated itself (partner API keys): RS256 with the
 * gateway's own key, this issuer, the API's audience and a lifetime of a minute, the partner's roles
 * in {@link Roles#ROLES_CLAIM} and its organization in {@link Roles#ORGANIZATION_CLAIM}. A service
 * accepts them only when it is given the gateway's public key; an identity header a client could
 * write itself is never trusted.
 */
public final class GatewayTokens {

    /** The {@code iss} of every gateway token. */
    public static final String ISSUER = "urn:kizuna:gateway";

    /** The subject prefix of a token that stands for an API key: {@code apikey:<key id>}. */
    public static final String API_KEY_SUBJECT_PREFIX = "apikey:";

    /** The key's scopes, space-separated (RFC 8693 {@code scope}). */
    public static final String SCOPE_CLAIM = "scope";

    private GatewayTokens() {
    }

    /** The subject of the token that stands for this API key. */
    public static String apiKeySubject(String keyId) {
        return API_KEY_SUBJECT_PREFIX + keyId;
    }
}
