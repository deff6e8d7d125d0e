package jp.kizuna.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;

/** Something an organization does, e.g. 地域内交通「みなづる号」の運営. */
public record Activity(
        @NotNull ActivityCategory category,
        @NotBlank @Size(max = 200) String title,
        @MultiLineText @Size(max = 2000) String description) {
}
