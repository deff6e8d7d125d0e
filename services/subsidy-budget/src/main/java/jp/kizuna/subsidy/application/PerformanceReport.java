package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/** 実績報告: what the organization did with the money. */
public record PerformanceReport(String summary, LocalDate submittedOn, String by, Instant at) {
}
