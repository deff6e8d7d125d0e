package jp.kizuna.localauth.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An e-mail address as the sign-in name, normalised so that one person cannot hold two accounts by
 * typing it differently: NFKC (a full-width {@code ＠} or letters typed with a Japanese IME become ASCII),
 * trimmed, lower case. Only the ASCII form of RFC 5321 is accepted (no quoted local parts, no IP
 * literals), at most 254 characters with a local part of at most 64.
 */
public record EmailAddress(String value) {

    private static final Pattern ADDRESS = Pattern.compile(
            "[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");

    public EmailAddress {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a normalised e-mail address");
        }
    }

    /** The address the person typed, normalised, or empty when it is not an address we accept. */
    public static Optional<EmailAddress> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String normalised = normalise(typed);
        return isValid(normalised) ? Optional.of(new EmailAddress(normalised)) : Optional.empty();
    }

    /** The key a typed address is counted and looked up under, also when it is not a valid address. */
    public static String normalise(String typed) {
        return Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isValid(String value) {
        if (value == null || value.length() > 254) {
            return false;
        }
        int at = value.lastIndexOf('@');
        return at > 0 && at <= 64 && ADDRESS.matcher(value).matches();
    }

    public String localPart() {
        return value.substring(0, value.lastIndexOf('@'));
    }
}
