package jp.kizuna.localauth.account;

/**
 * An account a city admin opened, with the temporary password to hand to its person (shown once; they
 * choose their own at their first sign-in).
 */
public record NewAccount(Account account, String temporaryPassword) {
}
