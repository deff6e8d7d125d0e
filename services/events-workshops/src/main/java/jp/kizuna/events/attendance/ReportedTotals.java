package jp.kizuna.events.attendance;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Totals as a report gives them when the groups are not listed one by one, e.g. 令和5年度 クリーン鶴ヶ城:
 * 「市内31団体511名参加」, with where the figures come from.
 */
public record ReportedTotals(@Min(0) @Max(100_000) int groups, @Min(0) @Max(1_000_000) int participants,
                             @NotBlank @Size(max = 500) String source) {
}
