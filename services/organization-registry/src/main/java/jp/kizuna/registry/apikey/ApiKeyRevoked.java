package jp.kizuna.registry.apikey;

import java.time.Instant;

/** An API key was revoked; every gateway replica stops accepting it when it reads this. */
public record ApiKeyRevoked(String keyId, ApiKeySnapshot apiKey, String revokedBy, String reason, Instant recordedAt)
        implements ApiKeyEvent {
}
