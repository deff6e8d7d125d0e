package jp.kizuna.registry.apikey;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A newly made key: {@code kzn_<key id>_<secret>}, the secret 32 random bytes (256 bits) in base64url.
 * Only its hash is kept ({@code ApiKeys.hash} of the platform contracts, which the gateway computes
 * from what a client sends); with that much entropy a fast hash is enough (nothing to guess).
 */
public record ApiKeySecret(String keyId, String key) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

    public static ApiKeySecret generate() {
        StringBuilder id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String keyId = id.toString();
        return new ApiKeySecret(keyId, "kzn_" + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** What may be shown after the key was handed out: enough to recognise it, not to use it. */
    public String displayPrefix() {
        return "kzn_" + keyId + "_";
    }

    @Override
    public String toString() {
        return "ApiKeySecret[" + displayPrefix() + "…]";
    }
}
