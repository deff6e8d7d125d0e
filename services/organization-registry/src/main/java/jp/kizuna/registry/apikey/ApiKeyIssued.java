package jp.kizuna.registry.apikey;

import java.time.Instant;

/** City staff issued an API key for a partner organization. Schema: docs/asyncapi.yaml. */
public record ApiKeyIssued(String keyId, ApiKeySnapshot apiKey, String issuedBy, Instant recordedAt)
        implements ApiKeyEvent {
}
