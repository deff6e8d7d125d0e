package jp.kizuna.events.event;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** Where an event takes place; coordinates in WGS 84 degrees when known. */
public record Venue(@NotBlank @Size(max = 200) String name,
                    @Size(max = 300) String address,
                    @DecimalMin("-90") @DecimalMax("90") Double latitude,
                    @DecimalMin("-180") @DecimalMax("180") Double longitude,
                    @MultiLineText @Size(max = 500) String access) {
}
