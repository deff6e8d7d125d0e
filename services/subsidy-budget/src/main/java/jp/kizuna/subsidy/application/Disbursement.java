package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;

/** A payment of an approved subsidy, in yen. */
public record Disbursement(long amount, LocalDate paidOn, String by, Instant at) {
}
