package jp.kizuna.registry.apikey;

import java.time.Instant;
import java.util.List;

/**
 * The state of a key as the gateway needs it, carried by every key event: the hash to look it up by,
 * the organization and scopes it stands for, and whether and until when it may be used.
 */
public record ApiKeySnapshot(String keyId, String organizationId, List<String> scopes, String secretSha256,
                             ApiKeyStatus status, Instant expiresAt) {
}
