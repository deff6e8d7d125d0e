package jp.kizuna.subsidy.application;

import java.time.Instant;

/** One step of an application's life: from, to, when, who and why. */
public record Transition(ApplicationStatus from, ApplicationStatus to, Instant at, String by, String reason) {
}
