package jp.kizuna.kpi.policy;

import java.time.Instant;

/** A change of an evaluation text: which one, before and after, who, when and why. */
public record TextChange(Instant at, String by, String path, String before, String after, String reason) {
}
