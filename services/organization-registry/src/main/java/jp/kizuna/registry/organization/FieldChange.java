package jp.kizuna.registry.organization;

/** One field of a change, with its value before and after (as JSON values). */
public record FieldChange(String field, Object before, Object after) {
}
