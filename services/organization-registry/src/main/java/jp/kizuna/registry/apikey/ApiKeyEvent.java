package jp.kizuna.registry.apikey;

import jp.kizuna.platform.contracts.EventTypes;
import jp.kizuna.platform.contracts.Topics;
import jp.kizuna.platform.events.IntegrationEvent;

/**
 * An event of the API-key stream: published on {@link Topics#REGISTRY_API_KEY}, keyed by
 * the key id. The routing lives here once; each record names only its type and its data.
 */
public sealed interface ApiKeyEvent extends IntegrationEvent
        permits ApiKeyIssued, ApiKeyRevoked {

    String keyId();

    @Override
    default String topic() {
        return Topics.REGISTRY_API_KEY;
    }

    @Override
    default String eventType() {
        return switch (this) {
            case ApiKeyIssued e -> EventTypes.API_KEY_ISSUED;
            case ApiKeyRevoked e -> EventTypes.API_KEY_REVOKED;
        };
    }

    @Override
    default String aggregateId() {
        return keyId();
    }
}
