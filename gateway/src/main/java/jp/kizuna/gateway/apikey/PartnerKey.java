package jp.kizuna.gateway.apikey;

import java.time.Instant;
import java.util.List;

/**
 * A partner API key as the gateway knows it from the registry's {@code kizuna.registry.api-key.v1}
 * events: the organization it stands for, its scopes, and whether it may be used.
 */
public record PartnerKey(String keyId, String organizationId, List<String> scopes, boolean active, Instant expiresAt) {

    public boolean usableAt(Instant now) {
        return active && (expiresAt == null || now.isBefore(expiresAt));
    }
}
