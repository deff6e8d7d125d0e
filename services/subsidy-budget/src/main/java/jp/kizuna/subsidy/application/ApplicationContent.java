package jp.kizuna.subsidy.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.subsidy.programme.Purpose;

/** What an application asks for: purpose, title, description and the amount in yen. */
public record ApplicationContent(
        @NotNull Purpose purpose,
        @NotBlank @Size(max = 200) String title,
        @MultiLineText @Size(max = 4000) String description,
        @NotNull @Positive Long requestedAmount) {
}
