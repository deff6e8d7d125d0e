package jp.kizuna.registry.apikey;

import java.time.Instant;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/** A key as city staff see it later: never the key itself, only the prefix it starts with. */
public record ApiKeyResponse(String id, String organizationId, String label, Set<ApiKeyScope> scopes,
                             @Schema(example = "kzn_7qx3m9k2bd4h_") String prefix, ApiKeyStatus status,
                             Instant expiresAt,
                             @Schema(description = "Subject of who issued the key: a person's account id (opaque), or a machine client's id")
                             String issuedBy,
                             @Schema(description = "Who issued the key as people read it: the display name, or `issuedBy` for a machine caller and for keys issued before display names were kept. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                             String issuedByName,
                             Instant issuedAt,
                             @Schema(description = "Subject of who revoked the key; `system` when the registry revoked it after a dissolution")
                             String revokedBy,
                             @Schema(description = "Who revoked the key as people read it: the display name, or `revokedBy`. Never an e-mail address.", example = "鈴木 誠（地域づくり課）")
                             String revokedByName,
                             Instant revokedAt, String revocationReason) {

    static ApiKeyResponse of(PartnerApiKey key) {
        return new ApiKeyResponse(key.id(), key.organizationId(), key.label(), key.scopes(), key.displayPrefix(),
                key.status(), key.expiresAt(), key.issuedBy(), key.issuedByName(), key.issuedAt(), key.revokedBy(),
                key.revokedByName(), key.revokedAt(), key.revocationReason());
    }

    /** The answer to issuing: the key, shown this once, beside its record. */
    public record Issued(
            @Schema(description = "The key to hand to the partner. It is not stored and cannot be shown again.",
                    example = "kzn_7qx3m9k2bd4h_1Hq0mY3v6bJk2p9xQeW4tZr8uA5sLdF7gNcV0oI3yKw")
            String key,
            @Schema(description = "How the partner sends it", example = "Authorization: ApiKey kzn_7qx3m9k2bd4h_…")
            String usage,
            ApiKeyResponse apiKey) {
    }
}
