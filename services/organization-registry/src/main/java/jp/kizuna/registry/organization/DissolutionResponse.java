package jp.kizuna.registry.organization;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to a dissolution: the organization, and what became of its partner API keys. */
public record DissolutionResponse(@JsonUnwrapped OrganizationResponse organization, ApiKeys apiKeys) {

    static DissolutionResponse of(OrganizationService.Dissolved dissolved) {
        return new DissolutionResponse(OrganizationResponse.of(dissolved.organization()),
                new ApiKeys(dissolved.apiKeys().revoked(), dissolved.apiKeys().complete()));
    }

    /** The organization's partner API keys, revoked with it. */
    public record ApiKeys(
            @Schema(description = "Ids of the keys this dissolution revoked; every gateway refuses them within seconds",
                    example = "[\"7qx3m9k2bd4h\"]")
            List<String> revoked,
            @Schema(description = "False when a key could not be revoked at once; the registry revokes it within "
                    + "kizuna.registry.api-keys.reconcile-interval (default 30 s)")
            boolean complete) {
    }
}
