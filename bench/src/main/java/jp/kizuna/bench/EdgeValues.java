package jp.kizuna.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.engine.SourceOfRandomness;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The values the fuzzing drill tries, by edge class, for a parameter or a body field described by its
 * JSON schema. Each value says what a right answer to it is: {@link Expect#REFUSE} for a value outside
 * what the document or the platform allows (docs/api.md, "Limits of what a request may say"), where
 * only a 4xx is right; {@link Expect#ANY} for an unusual but possibly valid value, where anything but a
 * 5xx is right.
 *
 * <p>Random values come from jqwik's arbitraries (their own edge cases mixed in), drawn outside any
 * property: jqwik's source of randomness is re-seeded from the run's seed and the parameter's name
 * before each draw, so a seed gives the same values for a parameter whatever ran before it.
 */
final class EdgeValues {

    /** What a right answer to a value is. */
    enum Expect {
        /** a 4xx; a 2xx took what the API must refuse */
        REFUSE,
        /** anything but a 5xx */
        ANY
    }

    /** A value for a query, path or header parameter, as text before percent-encoding. */
    record Edge(String edgeClass, Expect expect, String text) {
    }

    /** A value for a field of a JSON body. */
    record FieldEdge(String edgeClass, Expect expect, JsonNode value) {
    }

    static final String BOUNDARY = "boundary";
    static final String OUT_OF_RANGE = "out-of-range";
    static final String OVERFLOW = "overflow";
    static final String FAR_DATE = "far-date";
    static final String MALFORMED = "malformed";
    static final String CONTROL = "control";
    static final String BIDI = "bidi";
    static final String INVISIBLE = "invisible";
    static final String LONG = "long";
    static final String UNICODE = "unicode";
    static final String INJECTION = "injection";
    static final String FORMULA = "formula";
    static final String TYPE = "type-coercion";
    static final String DUPLICATE_KEY = "duplicate-key";
    static final String STRUCTURE = "structure";
    static final String MISSING = "missing";
    static final String REPEATED = "repeated";

    /** The days every service accepts (the fiscal years 1989–2100, docs/api.md). */
    static final LocalDate FIRST_DAY = LocalDate.of(1989, 4, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2101, 3, 31);
    /** The registry's historic dates go back to 1873; before that no service takes a day. */
    static final LocalDate HISTORIC_FIRST_DAY = LocalDate.of(1873, 1, 1);

    /** A one-line parameter or field without a documented maximum may hold this many characters. */
    static final int PARAMETER_MAX_LENGTH = 200;
    static final int MULTI_LINE_MAX_LENGTH = 20_000;
    /** Longer than the gateway reads in a request line (4 KB): a 414 problem. */
    static final int BEYOND_REQUEST_LINE = 5_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern PARTIAL_DAY = Pattern.compile("(FY)?\\d{4}(-\\d{2})?");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}");
    private static final Pattern DAY_RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");

    private static final List<String> TEXTS = List.of("会津", "湊地区", "ikki", "みなと まちづくり", "Drill", "一箕公民館");
    private static final List<Character> BIDI_CONTROLS = List.of('\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066',
            '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C');
    private static final List<String> INVISIBLES = List.of("\u200B", "\uFEFF", "\u2060", "\u3164", "\u115F", "\u00AD",
            "\u180E", " ", "\u3000");
    private static final List<String> NONCHARACTERS = List.of("\uFFFF", "\uFFFE", "\uD800", "\uDFFF");
    private static final List<String> UNICODE_TEXTS = List.of("👨‍👩‍👧 家族", "か\u3099き\u3099", "ﾐﾅﾄ", "ＭＩＮＡＴＯ１２",
            "𠮷野家 𩸽", "مرحبا", "e\u0301\u0301\u0301", "Ǆ ǅ ǆ ﬁ", "한국어", "\u03a3\u03c2");
    private static final List<String> INJECTIONS = List.of("'; DROP TABLE organizations; --", "{\"$ne\": null}",
            "{\"$where\": \"sleep(1000)\"}", ".*", "(((((((((a", "[", "\\", "../../etc/passwd", "%00", "%2e%2e%2f",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "*", "?#", "a/b", ";x=1", "&page=-1", "$regex");
    private static final List<String> FORMULAS = List.of("=1+1", "+1", "-1", "@SUM(A1)", "=HYPERLINK(\"http://127.0.0.1/\")",
            "＝1+1", "\t=1", "\r=1", "-2+3+cmd|' /C calc'!A0");

    private final long seed;
    private final int samples;

    /**
     * @param samples how many random values each random edge class draws (fixed boundaries come on top)
     */
    EdgeValues(long seed, int samples) {
        this.seed = seed;
        this.samples = samples;
    }

    long seed() {
        return seed;
    }

    /** Values for a query or path parameter (one line, every platform rule of docs/api.md). */
    List<Edge> forParameter(String key, JsonNode schema) {
        reseed(key);
        List<Edge> edges = new ArrayList<>();
        String type = schema.path("type").asString("string");
        switch (type) {
            case "integer", "number" -> integerParameter(schema, edges);
            case "boolean" -> {
                edges.add(new Edge(BOUNDARY, Expect.ANY, "false"));
                edges.add(new Edge(MALFORMED, Expect.ANY, "yes"));
                edges.add(new Edge(MALFORMED, Expect.REFUSE, "maybe"));
            }
            case "array" -> arrayParameter(schema.path("items"), edges);
            default -> stringParameter(schema, edges);
        }
        return edges;
    }

    /** Values for a header parameter such as {@code If-Match}: none of them names the current version. */
    List<Edge> forIfMatch(String key) {
        reseed(key);
        List<Edge> edges = new ArrayList<>();
        edges.add(new Edge(MALFORMED, Expect.REFUSE, "\"\\\"; DROP"));
        edges.add(new Edge(MALFORMED, Expect.REFUSE, "W/\"x"));
        edges.add(new Edge(MALFORMED, Expect.REFUSE, "123456"));
        edges.add(new Edge(MALFORMED, Expect.REFUSE, "\"drill\", \"other\""));
        edges.add(new Edge(BOUNDARY, Expect.ANY, "*"));
        edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, "\"-1\""));
        edges.add(new Edge(OVERFLOW, Expect.REFUSE, "\"9223372036854775808\""));
        edges.add(new Edge(OVERFLOW, Expect.REFUSE, "\"99999999999999999999999999\""));
        edges.add(new Edge(LONG, Expect.REFUSE, "\"" + "9".repeat(9_000) + "\""));
        draw(Arbitraries.integers().between(1_000_000, Integer.MAX_VALUE))
                .forEach(version -> edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, "\"" + version + "\"")));
        draw(withInserted(Arbitraries.of(TEXTS), controlCharacters()))
                .forEach(text -> edges.add(new Edge(CONTROL, Expect.REFUSE, "\"" + text + "\"")));
        draw(withInserted(Arbitraries.of(TEXTS), Arbitraries.of(BIDI_CONTROLS)))
                .forEach(text -> edges.add(new Edge(BIDI, Expect.REFUSE, "\"" + text + "\"")));
        return edges;
    }

    /** Values for one field of a JSON body, from its schema and the value the valid body gives it. */
    List<FieldEdge> forField(String key, JsonNode schema, JsonNode valid) {
        reseed(key);
        List<FieldEdge> edges = new ArrayList<>();
        String type = schema.path("type").asString("");
        if (!type.isEmpty() && !type.equals("string") && valid != null && valid.isString()) {
            // the document describes some texts as objects (a historic date "2013-07" as {value, precision…}):
            // the value the API takes decides
            type = "string";
        }
        switch (type) {
            case "string" -> stringField(schema, valid == null ? "" : valid.asString(), edges);
            case "integer" -> integerField(schema, edges);
            case "number" -> numberField(schema, edges);
            case "boolean" -> {
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.stringNode("true")));
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(1)));
                edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.nullNode()));
            }
            case "array" -> {
                int maxItems = schema.path("maxItems").asInt(-1);
                if (maxItems >= 0 && valid != null && valid.isArray() && !valid.isEmpty()) {
                    var tooMany = NODES.arrayNode();
                    // distinct texts: a list the API reads as a set (districts) keeps one of twenty-one equal ones
                    for (int i = 0; i <= maxItems; i++) {
                        tooMany.add(valid.get(0).isString() && i > 0 ? NODES.stringNode(valid.get(0).asString() + i) : valid.get(0));
                    }
                    edges.add(new FieldEdge(OUT_OF_RANGE, Expect.REFUSE, tooMany));
                }
                edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.arrayNode()));
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.stringNode("一箕")));
            }
            case "object" -> {
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.stringNode("drill")));
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.arrayNode().add(1)));
            }
            default -> {
                // an untyped field (an amount: a number, or "NOT_APPLICABLE")
                edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(-1)));
                edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(new BigDecimal("1e400"))));
                edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.booleanNode(true)));
            }
        }
        return edges;
    }

    // ---- parameters

    private void integerParameter(JsonNode schema, List<Edge> edges) {
        boolean int64 = schema.path("format").asString("").equals("int64");
        if (schema.has("minimum") || schema.has("maximum")) {
            long min = schema.path("minimum").asLong(Long.MIN_VALUE);
            long max = schema.path("maximum").asLong(Long.MAX_VALUE);
            if (schema.has("minimum")) {
                edges.add(new Edge(BOUNDARY, Expect.ANY, Long.toString(min)));
                edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, Long.toString(min - 1)));
                if (min > 0) {
                    edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, "0"));
                    edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, Long.toString(-min)));
                } else {
                    edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, "-1"));
                }
                draw(Arbitraries.longs().between(Math.max(Integer.MIN_VALUE, -10 * Math.abs(min) - 10), min - 1))
                        .forEach(value -> edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, Long.toString(value))));
            }
            if (schema.has("maximum")) {
                edges.add(new Edge(BOUNDARY, Expect.ANY, Long.toString(max)));
                edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, Long.toString(max + 1)));
                draw(Arbitraries.longs().between(max + 1, Math.max(max + 2, Math.min(Integer.MAX_VALUE, 100 * max))))
                        .forEach(value -> edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, Long.toString(value))));
            }
        } else {
            edges.add(new Edge(BOUNDARY, Expect.ANY, "0"));
            edges.add(new Edge(BOUNDARY, Expect.ANY, "-1"));
            draw(Arbitraries.integers().between(-100_000, 100_000))
                    .forEach(value -> edges.add(new Edge(BOUNDARY, Expect.ANY, Integer.toString(value))));
        }
        BigInteger beyond = int64 ? BigInteger.TWO.pow(63) : BigInteger.TWO.pow(31);
        edges.add(new Edge(OVERFLOW, Expect.REFUSE, beyond.toString()));
        edges.add(new Edge(OVERFLOW, Expect.REFUSE, beyond.negate().subtract(BigInteger.ONE).toString()));
        edges.add(new Edge(OVERFLOW, Expect.REFUSE, "99999999999999999999999999999999"));
        draw(Arbitraries.bigIntegers().between(beyond, beyond.shiftLeft(40)))
                .forEach(value -> edges.add(new Edge(OVERFLOW, Expect.REFUSE, value.toString())));
        for (String malformed : List.of("abc", "1.5", "1e3", "0x10", "12abc", "NaN", "-")) {
            edges.add(new Edge(MALFORMED, Expect.REFUSE, malformed));
        }
        draw(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
                .forEach(text -> edges.add(new Edge(MALFORMED, Expect.REFUSE, text)));
        edges.add(new Edge(BOUNDARY, Expect.ANY, ""));
        edges.add(new Edge(UNICODE, Expect.ANY, "２０２４"));
        edges.add(new Edge(UNICODE, Expect.ANY, "٢٠٢٤"));
        edges.add(new Edge(CONTROL, Expect.REFUSE, "2024\u0000"));
        edges.add(new Edge(LONG, Expect.REFUSE, "1".repeat(BEYOND_REQUEST_LINE)));
    }

    private void arrayParameter(JsonNode items, List<Edge> edges) {
        List<String> values = enumValues(items);
        if (!values.isEmpty()) {
            edges.add(new Edge(BOUNDARY, Expect.ANY, String.join(",", values)));
            edges.add(new Edge(MALFORMED, Expect.REFUSE, values.get(0) + ",DRILL_UNKNOWN"));
            edges.add(new Edge(MALFORMED, Expect.ANY, values.get(0).toLowerCase(Locale.ROOT)));
            edges.add(new Edge(BOUNDARY, Expect.ANY, values.get(0) + "," + values.get(0)));
        }
        edges.add(new Edge(BOUNDARY, Expect.ANY, ","));
        edges.add(new Edge(LONG, Expect.REFUSE, String.join(",", java.util.Collections.nCopies(1_000,
                values.isEmpty() ? "x" : values.get(0)))));
        draw(withInserted(Arbitraries.of(values.isEmpty() ? TEXTS : values), controlCharacters()))
                .forEach(text -> edges.add(new Edge(CONTROL, Expect.REFUSE, text)));
    }

    private void stringParameter(JsonNode schema, List<Edge> edges) {
        String format = schema.path("format").asString("");
        if (format.equals("date")) {
            dateParameter(schema, edges);
            return;
        }
        if (format.equals("date-time")) {
            dateTimeValues().forEach(edge -> edges.add(new Edge(edge.edgeClass(), edge.expect(), edge.value().asString())));
            return;
        }
        List<String> values = enumValues(schema);
        if (!values.isEmpty()) {
            edges.add(new Edge(BOUNDARY, Expect.ANY, values.get(values.size() - 1)));
            edges.add(new Edge(MALFORMED, Expect.REFUSE, "DRILL_UNKNOWN"));
            edges.add(new Edge(MALFORMED, Expect.ANY, values.get(0).toLowerCase(Locale.ROOT)));
            edges.add(new Edge(MALFORMED, Expect.ANY, " " + values.get(0)));
            draw(Arbitraries.strings().withCharRange('A', 'Z').withChars('_').ofMinLength(1).ofMaxLength(20)
                    .filter(text -> !values.contains(text)))
                    .forEach(text -> edges.add(new Edge(MALFORMED, Expect.REFUSE, text)));
        }
        Pattern pattern = pattern(schema);
        if (pattern != null) {
            draw(Arbitraries.of(TEXTS).filter(text -> !pattern.matcher(text).matches()))
                    .forEach(text -> edges.add(new Edge(MALFORMED, Expect.REFUSE, text)));
        }
        int maxLength = schema.path("maxLength").asInt(PARAMETER_MAX_LENGTH);
        edges.add(new Edge(BOUNDARY, Expect.ANY, "会".repeat(maxLength)));
        edges.add(new Edge(BOUNDARY, Expect.ANY, ""));
        edges.add(new Edge(LONG, Expect.REFUSE, "x".repeat(maxLength + 1)));
        edges.add(new Edge(LONG, Expect.REFUSE, "会".repeat(maxLength + 1)));
        edges.add(new Edge(LONG, Expect.REFUSE, "x".repeat(BEYOND_REQUEST_LINE)));
        textEdges(true).forEach(edge -> edges.add(new Edge(edge.edgeClass(), edge.expect(), edge.value().asString())));
    }

    private void dateParameter(JsonNode schema, List<Edge> edges) {
        LocalDate first = FIRST_DAY;
        LocalDate last = LAST_DAY;
        Matcher range = DAY_RANGE.matcher(schema.path("description").asString(""));
        if (range.find()) {
            first = LocalDate.parse(range.group(1));
            last = LocalDate.parse(range.group(2));
        }
        edges.add(new Edge(BOUNDARY, Expect.ANY, first.toString()));
        edges.add(new Edge(BOUNDARY, Expect.ANY, last.toString()));
        edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, first.minusDays(1).toString()));
        edges.add(new Edge(OUT_OF_RANGE, Expect.REFUSE, last.plusDays(1).toString()));
        dateValues(false).forEach(edge -> edges.add(new Edge(edge.edgeClass(), edge.expect(), edge.value().asString())));
    }

    // ---- body fields

    private void stringField(JsonNode schema, String valid, List<FieldEdge> edges) {
        String format = schema.path("format").asString("");
        List<String> values = enumValues(schema);
        if (!values.isEmpty()) {
            edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode("DRILL_UNKNOWN")));
            edges.add(new FieldEdge(MALFORMED, Expect.ANY, NODES.stringNode(values.get(0).toLowerCase(Locale.ROOT))));
            edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(0)));
            return;
        }
        if (format.equals("date") || DAY.matcher(valid).matches() || PARTIAL_DAY.matcher(valid).matches()) {
            edges.addAll(dateValues(true));
            if (PARTIAL_DAY.matcher(valid).matches()) {
                edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE, NODES.stringNode(valid.startsWith("FY") ? "FY9999" : "9999")));
                edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE, NODES.stringNode(valid.startsWith("FY") ? "FY-1" : "0001-01")));
            }
            return;
        }
        if (format.equals("date-time")) {
            edges.addAll(dateTimeValues());
            return;
        }
        if (TIME.matcher(valid).matches()) {
            for (String time : List.of("25:00", "18:60", "6pm", "-1:00", "18:30:99")) {
                edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode(time)));
            }
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode("00:00")));
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode("23:59")));
            edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(1830)));
            return;
        }
        if (format.equals("email")) {
            edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode("no-at-sign.example.jp")));
        }
        Pattern pattern = pattern(schema);
        if (pattern != null) {
            draw(Arbitraries.of(TEXTS).filter(text -> !pattern.matcher(text).matches()))
                    .forEach(text -> edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode(text))));
        }
        if (schema.has("maxLength")) {
            int maxLength = schema.get("maxLength").asInt();
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode("あ".repeat(maxLength))));
            edges.add(new FieldEdge(LONG, Expect.REFUSE, NODES.stringNode("あ".repeat(maxLength + 1))));
        }
        edges.add(new FieldEdge(LONG, Expect.REFUSE, NODES.stringNode("長".repeat(MULTI_LINE_MAX_LENGTH + 1))));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(12345)));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.booleanNode(true)));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.objectNode().put("value", "会津")));
        edges.addAll(textEdges(false));
    }

    private void integerField(JsonNode schema, List<FieldEdge> edges) {
        boolean int64 = schema.path("format").asString("").equals("int64");
        if (schema.has("minimum")) {
            long min = schema.get("minimum").asLong();
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(min)));
            edges.add(new FieldEdge(OUT_OF_RANGE, Expect.REFUSE, NODES.numberNode(min - 1)));
            draw(Arbitraries.longs().between(Math.max(Integer.MIN_VALUE, -10 * Math.abs(min) - 10), min - 1))
                    .forEach(value -> edges.add(new FieldEdge(OUT_OF_RANGE, Expect.REFUSE, NODES.numberNode(value))));
        } else {
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(-1)));
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(0)));
        }
        if (schema.has("maximum")) {
            long max = schema.get("maximum").asLong();
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(max)));
            edges.add(new FieldEdge(OUT_OF_RANGE, Expect.REFUSE, NODES.numberNode(max + 1)));
        }
        BigInteger beyond = int64 ? BigInteger.TWO.pow(63) : BigInteger.TWO.pow(31);
        edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(beyond)));
        edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(beyond.negate().subtract(BigInteger.ONE))));
        edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(new BigDecimal("1e400"))));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(new BigDecimal("1.5"))));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.stringNode("12")));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.booleanNode(true)));
        draw(Arbitraries.bigDecimals().between(new BigDecimal("-1000"), new BigDecimal("1000")).ofScale(3)
                .filter(value -> value.stripTrailingZeros().scale() > 0))
                .forEach(value -> edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(value))));
    }

    private void numberField(JsonNode schema, List<FieldEdge> edges) {
        edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(0)));
        edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(-0.0)));
        edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.numberNode(new BigDecimal("0.00001"))));
        edges.add(new FieldEdge(OUT_OF_RANGE, Expect.ANY, NODES.numberNode(new BigDecimal("-1000000001"))));
        edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(new BigDecimal("1e400"))));
        edges.add(new FieldEdge(OVERFLOW, Expect.REFUSE, NODES.numberNode(new BigDecimal("-1e400"))));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.stringNode("12")));
        edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.booleanNode(true)));
        draw(Arbitraries.doubles().between(-1e12, 1e12))
                .forEach(value -> edges.add(new FieldEdge(OUT_OF_RANGE, Expect.ANY, NODES.numberNode(value))));
    }

    // ---- shared

    /** Far, out-of-range and malformed days (as JSON strings); {@code inBody} adds a day as a number. */
    private List<FieldEdge> dateValues(boolean inBody) {
        List<FieldEdge> edges = new ArrayList<>();
        for (String far : List.of("9999-12-31", "0001-01-01", "+10000-01-01", "-0001-01-01", "1800-01-01")) {
            edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE, NODES.stringNode(far)));
        }
        draw(Arbitraries.integers().between(2_200, 9_999))
                .forEach(year -> edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE, NODES.stringNode(year + "-06-21"))));
        draw(Arbitraries.integers().between(1, HISTORIC_FIRST_DAY.getYear() - 1))
                .forEach(year -> edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE,
                        NODES.stringNode("%04d-04-01".formatted(year)))));
        if (inBody) {
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode(FIRST_DAY.toString())));
            edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode(LAST_DAY.toString())));
            edges.add(new FieldEdge(OUT_OF_RANGE, Expect.ANY, NODES.stringNode(LAST_DAY.plusDays(1).toString())));
            edges.add(new FieldEdge(TYPE, Expect.REFUSE, NODES.numberNode(20240621)));
        }
        for (String malformed : List.of("2024-02-30", "2023-02-29", "2024-13-01", "2024-00-10", "20240621", "2024/06/21",
                "2024-6-21", "令和6年6月21日", "2024-06-21T18:30:00", "tomorrow")) {
            edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode(malformed)));
        }
        draw(Arbitraries.strings().withChars("0123456789-").ofLength(10).filter(text -> !isDay(text)))
                .forEach(text -> edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode(text))));
        edges.add(new FieldEdge(CONTROL, Expect.REFUSE, NODES.stringNode("2024-06-21\u0000")));
        return edges;
    }

    private List<FieldEdge> dateTimeValues() {
        List<FieldEdge> edges = new ArrayList<>();
        edges.add(new FieldEdge(BOUNDARY, Expect.ANY, NODES.stringNode("2030-06-21T18:30:00+09:00")));
        for (String far : List.of("9999-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z",
                "-0001-01-01T00:00:00Z")) {
            edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE, NODES.stringNode(far)));
        }
        draw(Arbitraries.integers().between(2_200, 9_999)).forEach(year -> edges.add(new FieldEdge(FAR_DATE, Expect.REFUSE,
                NODES.stringNode(year + "-06-21T09:00:00Z"))));
        for (String malformed : List.of("2024-06-21T25:00:00+09:00", "2024-06-21 18:30", "2024-06-21T18:30:00+25:00",
                "2024-02-30T00:00:00Z", "1718962200", "now")) {
            edges.add(new FieldEdge(MALFORMED, Expect.REFUSE, NODES.stringNode(malformed)));
        }
        return edges;
    }

    /**
     * Texts with control, bidirectional and invisible characters, and unusual but valid ones. On one line
     * (a parameter) a line feed, a tab or an invisible character inside a text is refused too; in a body
     * the field may be a multi-line one, so those are only tried.
     */
    private List<FieldEdge> textEdges(boolean oneLine) {
        List<FieldEdge> edges = new ArrayList<>();
        draw(withInserted(Arbitraries.of(TEXTS), controlCharacters()))
                .forEach(text -> edges.add(new FieldEdge(CONTROL, Expect.REFUSE, NODES.stringNode(text))));
        draw(Arbitraries.of(NONCHARACTERS).map(character -> "会津" + character))
                .forEach(text -> edges.add(new FieldEdge(CONTROL, Expect.REFUSE, NODES.stringNode(text))));
        Expect lineBreaks = oneLine ? Expect.REFUSE : Expect.ANY;
        draw(withInserted(Arbitraries.of(TEXTS), Arbitraries.of('\n', '\t', '\r')))
                .forEach(text -> edges.add(new FieldEdge(CONTROL, lineBreaks, NODES.stringNode(text))));
        draw(withInserted(Arbitraries.of(TEXTS), Arbitraries.of(BIDI_CONTROLS)))
                .forEach(text -> edges.add(new FieldEdge(BIDI, Expect.REFUSE, NODES.stringNode(text))));
        draw(Arbitraries.of(INVISIBLES).list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join("", parts)))
                .forEach(text -> edges.add(new FieldEdge(INVISIBLE, Expect.REFUSE, NODES.stringNode(text))));
        draw(withInserted(Arbitraries.of(TEXTS), Arbitraries.of('\u200B', '\uFEFF', '\u2060')))
                .forEach(text -> edges.add(new FieldEdge(INVISIBLE, lineBreaks, NODES.stringNode(text))));
        draw(Arbitraries.oneOf(Arbitraries.of(UNICODE_TEXTS),
                Arbitraries.strings().withCharRange('\u3041', '\u30FF').withCharRange('\u4E00', '\u9FFF')
                        .ofMinLength(1).ofMaxLength(30)))
                .forEach(text -> edges.add(new FieldEdge(UNICODE, Expect.ANY, NODES.stringNode(text))));
        draw(Arbitraries.of(INJECTIONS))
                .forEach(text -> edges.add(new FieldEdge(INJECTION, Expect.ANY, NODES.stringNode(text))));
        draw(Arbitraries.of(FORMULAS).filter(text -> !oneLine || (text.indexOf('\t') < 0 && text.indexOf('\r') < 0)))
                .forEach(text -> edges.add(new FieldEdge(FORMULA, Expect.ANY, NODES.stringNode(text))));
        return edges;
    }

    /** The C0 and C1 control characters and DEL, without the tab, line feed and carriage return. */
    static Arbitrary<Character> controlCharacters() {
        return Arbitraries.chars().range('\u0000', '\u0008').range('\u000B', '\u000C').range('\u000E', '\u001F')
                .range('\u007F', '\u009F');
    }

    /** A text with one character put in at a random place. */
    static Arbitrary<String> withInserted(Arbitrary<String> texts, Arbitrary<Character> characters) {
        return Combinators.combine(texts, characters, Arbitraries.doubles().between(0, 1))
                .as((text, character, where) -> {
                    int at = (int) Math.round(where * text.length());
                    return text.substring(0, at) + character + text.substring(at);
                });
    }

    private static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(value -> values.add(value.asString()));
        return values;
    }

    private static Pattern pattern(JsonNode schema) {
        if (!schema.has("pattern")) {
            return null;
        }
        try {
            return Pattern.compile(schema.get("pattern").asString());
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    private static boolean isDay(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The items in an order drawn from the seed and the key. */
    <T> List<T> shuffled(String key, List<T> items) {
        if (items.size() < 2) {
            return items;
        }
        reseed(key);
        return Arbitraries.shuffle(items).sample();
    }

    private void reseed(String key) {
        SourceOfRandomness.create(Long.toString(seed ^ (key.hashCode() * 0x9E3779B97F4A7C15L)));
    }

    private <T> List<T> draw(Arbitrary<T> arbitrary) {
        return arbitrary.sampleStream().limit(samples).toList();
    }
}
