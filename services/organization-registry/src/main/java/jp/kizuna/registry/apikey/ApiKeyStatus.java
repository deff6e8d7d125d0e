package jp.kizuna.registry.apikey;

public enum ApiKeyStatus {
    ACTIVE,
    REVOKED
}
