package jp.kizuna.localauth.account;

import java.security.SecureRandom;

/**
 * One-time passwords a city admin hands out: 20 characters of an alphabet without look-alikes
 * (no 0/o, 1/l/i), in groups of five ({@code k7mq2-x9p4f-…}), about 100 bits of randomness.
 */
final class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
            }
        }
        return password.toString();
    }
}
