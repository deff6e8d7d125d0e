package jp.kizuna.registry.apikey;

import java.time.Instant;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/** City staff issued an API key for a partner organization. Schema: docs/asyncapi.yaml. */
public record ApiKeyIssued(String keyId, ApiKeySnapshot apiKey, String issuedBy, Instant recordedAt)
        implements IntegrationEvent {

    @Override
    public String topic() {
        return Topics.REGISTRY_API_KEY;
    }

    @Override
    public String eventType() {
        return EventTypes.API_KEY_ISSUED;
    }

    @Override
    public String aggregateId() {
        return keyId;
    }
}
