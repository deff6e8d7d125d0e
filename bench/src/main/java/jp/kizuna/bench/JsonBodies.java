package jp.kizuna.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON bodies for the fuzzing drill: a valid one built from an operation's schema where the document
 * gives no example, the fields a body has (to spoil one at a time), and the bodies that are wrong as
 * a whole (not JSON, a key twice, something after the value).
 */
final class JsonBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Texts tried, in order, for a field whose schema gives a pattern: the first that matches is taken. */
    private static final List<String> PATTERN_CANDIDATES = List.of("0242-00-0000", "https://example.jp/drill", "あいづ",
            "drill-fuzz", "36-2-1", "5", "asc");
    private static final int MAX_DEPTH = 4;

    private JsonBodies() {
    }

    /** A leaf or a container of a body: where it is, its schema and its value in the valid body (null when absent). */
    record Field(List<String> path, JsonNode schema, JsonNode valid) {

        String name() {
            return String.join(".", path);
        }
    }

    /** A body that is wrong as a whole, as bytes (some are not UTF-8), with the media type it is sent as. */
    record Whole(String edgeClass, EdgeValues.Expect expect, String what, byte[] bytes, String contentType, boolean chunked) {
    }

    /** A valid value for a schema: the schema's example, else the required fields with plausible values. */
    static JsonNode synthesize(JsonNode schema) {
        return synthesize(schema, 0);
    }

    private static JsonNode synthesize(JsonNode schema, int depth) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum") && !schema.get("enum").isEmpty()) {
            return schema.get("enum").get(0);
        }
        String type = schema.path("type").asString("");
        switch (type) {
            case "string" -> {
                return NODES.stringNode(text(schema));
            }
            case "integer" -> {
                long min = schema.path("minimum").asLong(1);
                long max = schema.path("maximum").asLong(Long.MAX_VALUE);
                long value = min >= 1989 && max <= 2100 ? 2024 : Math.min(Math.max(min, 1), max);
                return NODES.numberNode(value);
            }
            case "number" -> {
                return NODES.numberNode(1);
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
                    array.add(synthesize(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "object", "" -> {
                if (type.isEmpty() && !schema.has("properties")) {
                    return NODES.numberNode(1);
                }
                ObjectNode object = NODES.objectNode();
                if (depth > MAX_DEPTH) {
                    return object;
                }
                for (JsonNode required : schema.path("required")) {
                    String name = required.asString();
                    object.set(name, synthesize(schema.path("properties").path(name), depth + 1));
                }
                if (schema.path("additionalProperties").isObject() && schema.path("minProperties").asInt(0) > 0) {
                    object.set("drill", synthesize(schema.get("additionalProperties"), depth + 1));
                }
                return object;
            }
            default -> {
                return NODES.nullNode();
            }
        }
    }

    /** A valid value for a query or path parameter, as text (an array as its items separated by commas). */
    static String parameterText(JsonNode schema) {
        JsonNode value = synthesize(schema);
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(item.asString()));
            if (items.isEmpty() && schema.path("items").has("enum")) {
                items.add(schema.path("items").path("enum").get(0).asString());
            }
            return String.join(",", items);
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String text(JsonNode schema) {
        switch (schema.path("format").asString("")) {
            case "date" -> {
                return "2030-06-21";
            }
            case "date-time" -> {
                return "2030-06-21T09:00:00+09:00";
            }
            case "email" -> {
                return "drill@example.jp";
            }
            case "uri" -> {
                return "https://example.jp/drill";
            }
            default -> {
            }
        }
        if (schema.has("pattern")) {
            try {
                Pattern pattern = Pattern.compile(schema.get("pattern").asString());
                for (String candidate : PATTERN_CANDIDATES) {
                    if (pattern.matcher(candidate).matches()) {
                        return candidate;
                    }
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java cannot read: a plain text will do
            }
        }
        return "ドリル".repeat(Math.max(1, (schema.path("minLength").asInt(0) + 2) / 3));
    }

    /**
     * Every field of a body, the valid body's own first (to its leaves, arrays by their first element),
     * then the ones its schema allows and the body leaves out.
     */
    static List<Field> fields(JsonNode body, JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        collect(body, schema, new ArrayList<>(), fields, 0);
        List<Field> present = fields.stream().filter(field -> field.valid() != null).toList();
        List<Field> absent = fields.stream().filter(field -> field.valid() == null).toList();
        List<Field> ordered = new ArrayList<>(present);
        ordered.addAll(absent);
        return ordered;
    }

    private static void collect(JsonNode value, JsonNode schema, List<String> path, List<Field> out, int depth) {
        if (!path.isEmpty()) {
            out.add(new Field(List.copyOf(path), schema, value));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        String type = schema.path("type").asString("");
        if ((value != null && value.isObject()) || (value == null && schema.has("properties"))) {
            Set<String> names = new LinkedHashSet<>();
            if (value != null) {
                names.addAll(value.propertyNames());
            }
            schema.path("properties").propertyNames().forEach(names::add);
            for (String name : names) {
                path.add(name);
                collect(value == null ? null : value.get(name), schema.path("properties").path(name), path, out, depth + 1);
                path.removeLast();
            }
        } else if ((value != null && value.isArray()) || (value == null && type.equals("array"))) {
            JsonNode element = value != null && !value.isEmpty() ? value.get(0) : null;
            path.add("0");
            collect(element, schema.path("items"), path, out, depth + 1);
            path.removeLast();
        }
    }

    /** A copy of the body with {@code value} at {@code path}, the objects and arrays on the way made where missing. */
    static JsonNode with(JsonNode body, List<String> path, JsonNode value) {
        JsonNode copy = body.deepCopy();
        JsonNode container = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            JsonNode next = child(container, path.get(i));
            boolean wantsArray = isIndex(path.get(i + 1));
            if (next == null || (wantsArray ? !next.isArray() : !next.isObject())) {
                next = wantsArray ? NODES.arrayNode() : NODES.objectNode();
                put(container, path.get(i), next);
            }
            container = next;
        }
        put(container, path.getLast(), value);
        return copy;
    }

    /** A copy of the body without the field at {@code path}. */
    static JsonNode without(JsonNode body, List<String> path) {
        JsonNode copy = body.deepCopy();
        JsonNode container = copy;
        for (int i = 0; i < path.size() - 1 && container != null; i++) {
            container = child(container, path.get(i));
        }
        if (container instanceof ObjectNode object) {
            object.remove(path.getLast());
        }
        return copy;
    }

    /**
     * The bodies that are wrong as a whole, made from the valid one; where the body is optional, none
     * at all (or JSON {@code null}) is only tried.
     */
    static List<Whole> wholes(JsonNode valid, boolean required) {
        String json = Http.JSON.writeValueAsString(valid);
        String type = "application/json";
        EdgeValues.Expect refuse = EdgeValues.Expect.REFUSE;
        List<Whole> wholes = new ArrayList<>();
        wholes.add(whole("truncated JSON", json.substring(0, Math.max(1, json.length() / 2)), type));
        wholes.add(whole("not JSON", "名前=会津&x=1", type));
        wholes.add(whole("array for the object", "[" + json + "]", type));
        EdgeValues.Expect absent = required ? refuse : EdgeValues.Expect.ANY;
        wholes.add(new Whole(EdgeValues.STRUCTURE, absent, "JSON null", "null".getBytes(StandardCharsets.UTF_8), type, false));
        wholes.add(new Whole(EdgeValues.STRUCTURE, absent, "empty body", new byte[0], type, false));
        wholes.add(whole("something after the value", json + " x", type));
        wholes.add(whole("two values", json + json, type));
        wholes.add(whole("a comment", "/* drill */ " + json, type));
        wholes.add(whole("single quotes", json.replace('"', '\''), type));
        wholes.add(whole("5,000 levels deep", "[".repeat(5_000) + "]".repeat(5_000), type));
        wholes.add(whole("NaN", "{\"value\": NaN}", type));
        wholes.add(new Whole(EdgeValues.STRUCTURE, refuse, "not UTF-8", notUtf8(json), type, false));
        wholes.add(new Whole(EdgeValues.STRUCTURE, EdgeValues.Expect.ANY, "byte order mark",
                ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8), type, false));
        wholes.add(new Whole(EdgeValues.STRUCTURE, refuse, "text/plain", json.getBytes(StandardCharsets.UTF_8), "text/plain",
                false));
        wholes.add(new Whole(EdgeValues.STRUCTURE, refuse, "no media type", json.getBytes(StandardCharsets.UTF_8), null, false));
        byte[] huge = ("{\"name\": \"" + "x".repeat(1_100_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        wholes.add(new Whole(EdgeValues.LONG, refuse, "over 1 MB", huge, type, false));
        wholes.add(new Whole(EdgeValues.LONG, refuse, "over 1 MB, chunked", huge, type, true));
        if (valid.isObject() && !valid.isEmpty()) {
            String first = valid.propertyNames().iterator().next();
            String other = Http.JSON.writeValueAsString(conflicting(valid.get(first)));
            wholes.add(new Whole(EdgeValues.DUPLICATE_KEY, refuse, "\"" + first + "\" twice, the valid value last",
                    ("{\"" + first + "\": " + other + ", " + json.substring(1)).getBytes(StandardCharsets.UTF_8), type, false));
            wholes.add(new Whole(EdgeValues.DUPLICATE_KEY, refuse, "\"" + first + "\" twice, the valid value first",
                    (json.substring(0, json.length() - 1) + ", \"" + first + "\": " + other + "}")
                            .getBytes(StandardCharsets.UTF_8), type, false));
            for (String name : valid.propertyNames()) {
                JsonNode nested = valid.get(name);
                if (nested.isObject() && !nested.isEmpty()) {
                    String inner = Http.JSON.writeValueAsString(nested);
                    String key = nested.propertyNames().iterator().next();
                    String twice = "{\"" + key + "\": " + Http.JSON.writeValueAsString(conflicting(nested.get(key))) + ", "
                            + inner.substring(1);
                    wholes.add(new Whole(EdgeValues.DUPLICATE_KEY, refuse, "\"" + name + "." + key + "\" twice",
                            json.replace(inner, twice).getBytes(StandardCharsets.UTF_8), type, false));
                    break;
                }
            }
        }
        return wholes;
    }

    private static Whole whole(String what, String body, String contentType) {
        return new Whole(EdgeValues.STRUCTURE, EdgeValues.Expect.REFUSE, what, body.getBytes(StandardCharsets.UTF_8),
                contentType, false);
    }

    /** The body with an invalid UTF-8 sequence (a lone continuation byte) inside its first text. */
    private static byte[] notUtf8(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        int quote = json.indexOf('"');
        if (quote < 0) {
            return new byte[] {(byte) 0x80};
        }
        byte[] spoiled = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, spoiled, 0, quote + 1);
        spoiled[quote + 1] = (byte) 0x80;
        System.arraycopy(bytes, quote + 1, spoiled, quote + 2, bytes.length - quote - 1);
        return spoiled;
    }

    /** A value of the same kind that differs, so that which of two duplicate keys was read shows. */
    private static JsonNode conflicting(JsonNode value) {
        if (value.isString()) {
            return NODES.stringNode(value.asString() + "（重複）");
        }
        if (value.isNumber()) {
            return NODES.numberNode(value.asLong() + 1);
        }
        if (value.isBoolean()) {
            return NODES.booleanNode(!value.asBoolean());
        }
        return NODES.nullNode();
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(Character::isDigit);
    }

    private static JsonNode child(JsonNode container, String segment) {
        if (container.isArray()) {
            int index = Integer.parseInt(segment);
            return index < container.size() ? container.get(index) : null;
        }
        return container.get(segment);
    }

    private static void put(JsonNode container, String segment, JsonNode value) {
        if (container instanceof ArrayNode array) {
            int index = Integer.parseInt(segment);
            while (array.size() <= index) {
                array.addNull();
            }
            array.set(index, value);
        } else if (container instanceof ObjectNode object) {
            object.set(segment, value);
        }
    }
}
