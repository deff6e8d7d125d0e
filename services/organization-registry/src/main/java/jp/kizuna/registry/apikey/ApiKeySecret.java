package jp.kizuna.registry.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A newly made key: {@code kzn_<key id>_<secret>}, the secret 32 random bytes (256 bits) in base64url.
 * Only its SHA-256 hash is kept; with that much entropy a fast hash is enough (nothing to guess),
 * and the gateway can look a key up by its hash on every request.
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

    /** The hash stored and published for the key; the gateway computes the same from what a client sends. */
    public static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
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
