package jp.kizuna.registry.apikey;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.SupportedDates;

/** The bodies of the API-key operations. */
public final class ApiKeyRequests {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private ApiKeyRequests() {
    }

    @Schema(example = """
            {"label": "NPO会津まちづくりネット イベント連携", "scopes": ["EVENTS_PUBLISH"], "expiresAt": "2027-03-31T14:59:59Z"}""")
    public record IssueApiKey(
            @NotBlank @Size(max = 200) String label,
            @NotEmpty Set<@NotNull ApiKeyScope> scopes,
            @Schema(description = "When the key stops working by itself; absent for a key that lives until revoked")
            Instant expiresAt) {

        public IssueApiKey {
            if (expiresAt != null) {
                SupportedDates.require(LocalDateTime.ofInstant(expiresAt, JAPAN), "expiresAt");
            }
        }
    }

    public record RevokeApiKey(@MultiLineText @Size(max = 500) String reason) {
    }
}
