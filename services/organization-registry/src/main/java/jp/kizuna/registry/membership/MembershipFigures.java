package jp.kizuna.registry.membership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** Member households and all households in an association's area. */
public record MembershipFigures(
        @NotNull @PositiveOrZero @Max(1_000_000) Integer memberHouseholds,
        @NotNull @PositiveOrZero @Max(1_000_000) Integer totalHouseholds) {
}
