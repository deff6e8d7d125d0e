package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jp.kizuna.platform.security.Actor;

/**
 * 実績報告: what the organization did with the money.
 *
 * @param by     the subject of who handed it in
 * @param byName whom people see: the display name, or {@code by} (also for reports kept before display names were)
 */
public record PerformanceReport(String summary, LocalDate submittedOn,
                                @Schema(description = "Subject of who handed the report in")
                                String by,
                                @Schema(description = "Who handed the report in as people read it: the display name, or `by`. Never an e-mail address.", example = "滝沢 みどり")
                                String byName,
                                Instant at) {

    public PerformanceReport {
        byName = Actor.nameOr(byName, by);
    }

    static PerformanceReport of(String summary, LocalDate submittedOn, Actor by, Instant at) {
        return new PerformanceReport(summary, submittedOn, by.subject(), by.name(), at);
    }
}
