package jp.kizuna.localauth.account;

/**
 * Who an account belongs to, as they gave it: validated by {@link PersonPolicy} before any account is
 * opened.
 *
 * @param kanaName the reading of the name (optional, {@code null} when not given)
 */
public record Person(String displayName, String kanaName, EmailAddress email) {
}
