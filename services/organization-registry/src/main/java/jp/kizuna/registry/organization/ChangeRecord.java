package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.List;

/** One entry of an organization's history: which version it made, who, when, what and which fields. */
public record ChangeRecord(long version, Instant at, String by, String action, List<FieldChange> changes) {
}
