package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/** A payment of an approved application was made. Schema: docs/events.md. */
public record ApplicationDisbursed(String applicationId, ApplicationSnapshot application, long amount, LocalDate paidOn, Instant recordedAt)
        implements SubsidyApplicationEvent {
}
