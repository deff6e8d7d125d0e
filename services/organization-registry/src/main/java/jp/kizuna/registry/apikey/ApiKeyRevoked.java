package jp.kizuna.registry.apikey;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** An API key was revoked; every gateway replica stops accepting it when it reads this. */
public record ApiKeyRevoked(String keyId, ApiKeySnapshot apiKey, String revokedBy, String reason, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_API_KEY;
    }

    @Override
    public String eventType() {
        return EventTypes.API_KEY_REVOKED;
    }

    @Override
    public String aggregateId() {
        return keyId;
    }
}
