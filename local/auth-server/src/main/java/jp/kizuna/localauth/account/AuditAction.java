package jp.kizuna.localauth.account;

public enum AuditAction {
    REGISTERED, CREATED, DISABLED, ENABLED, PASSWORD_RESET, PASSWORD_CHANGED, SIGNED_OUT_EVERYWHERE
}
