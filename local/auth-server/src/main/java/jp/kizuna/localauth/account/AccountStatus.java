package jp.kizuna.localauth.account;

/** A disabled account cannot sign in and its refresh tokens are revoked. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
