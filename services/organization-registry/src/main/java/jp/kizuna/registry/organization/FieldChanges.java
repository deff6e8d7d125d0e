package jp.kizuna.registry.organization;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Works out which fields a change touched, comparing the JSON form of before and after. */
final class FieldChanges {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private FieldChanges() {
    }

    /** Field by field for records; the whole value under {@code field} for anything else. */
    static List<FieldChange> between(String field, Object before, Object after) {
        if (before instanceof Record || after instanceof Record) {
            Map<String, Object> old = before == null ? Map.of() : JSON.convertValue(before, MAP);
            Map<String, Object> now = after == null ? Map.of() : JSON.convertValue(after, MAP);
            Set<String> keys = new LinkedHashSet<>(old.keySet());
            keys.addAll(now.keySet());
            List<FieldChange> changes = new ArrayList<>();
            for (String key : keys) {
                if (!Objects.equals(old.get(key), now.get(key))) {
                    changes.add(new FieldChange(field + "." + key, old.get(key), now.get(key)));
                }
            }
            return changes;
        }
        Object old = JSON.convertValue(before, Object.class);
        Object now = JSON.convertValue(after, Object.class);
        return Objects.equals(old, now) ? List.of() : List.of(new FieldChange(field, old, now));
    }
}
