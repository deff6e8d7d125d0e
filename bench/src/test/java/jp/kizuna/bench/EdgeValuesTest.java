package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;

import jp.kizuna.bench.EdgeValues.Edge;
import jp.kizuna.bench.EdgeValues.Expect;
import jp.kizuna.bench.EdgeValues.FieldEdge;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The fuzzing values: reproducible from a seed, inside or outside the documented limits as they say. */
class EdgeValuesTest {

    static final JsonNode FISCAL_YEAR = json("{\"type\": \"integer\", \"format\": \"int32\", \"minimum\": 1989, \"maximum\": 2100}");
    static final JsonNode SIZE = json("{\"type\": \"integer\", \"format\": \"int32\", \"minimum\": 1, \"maximum\": 200}");
    static final JsonNode Q = json("{\"type\": \"string\", \"maxLength\": 100}");

    final EdgeValues values = new EdgeValues(42, 3);

    @Test
    void theSameSeedGivesTheSameValuesWhateverWasDrawnBefore() {
        List<Edge> first = values.forParameter("GET /api/x query q", Q);
        new EdgeValues(42, 3).forParameter("GET /api/y query other", SIZE);
        assertThat(new EdgeValues(42, 3).forParameter("GET /api/x query q", Q)).isEqualTo(first);
        assertThat(new EdgeValues(43, 3).forParameter("GET /api/x query q", Q)).isNotEqualTo(first);
    }

    @Test
    void aFiscalYearIsTriedAtBothEndsAndRefusedJustOutsideNegativeAndOverflowing() {
        List<Edge> edges = values.forParameter("GET /api/x query fiscalYear", FISCAL_YEAR);
        assertThat(edges).contains(new Edge(EdgeValues.BOUNDARY, Expect.ANY, "1989"), new Edge(EdgeValues.BOUNDARY, Expect.ANY, "2100"),
                new Edge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, "1988"), new Edge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, "2101"),
                new Edge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, "-1989"), new Edge(EdgeValues.OVERFLOW, Expect.REFUSE, "2147483648"));
    }

    @Test
    void everyIntegerMarkedRefusedIsOutsideTheSchemaOrNoInteger() {
        for (Edge edge : values.forParameter("GET /api/x query size", SIZE)) {
            if (edge.expect() == Expect.REFUSE) {
                assertThat(inRange(edge.text(), 1, 200)).as(edge.toString()).isFalse();
            } else if (edge.edgeClass().equals(EdgeValues.BOUNDARY) && !edge.text().isEmpty()) {
                assertThat(inRange(edge.text(), 1, 200)).as(edge.toString()).isTrue();
            }
        }
    }

    @Test
    void aPagingSizeOfZeroNegativeAndHugeIsRefused() {
        assertThat(values.forParameter("GET /api/x query size", SIZE)).extracting(Edge::text, Edge::expect)
                .contains(org.assertj.core.groups.Tuple.tuple("0", Expect.REFUSE), org.assertj.core.groups.Tuple.tuple("-1", Expect.REFUSE),
                        org.assertj.core.groups.Tuple.tuple("201", Expect.REFUSE));
    }

    @Test
    void textsCarryWhatTheirClassIsNamedFor() {
        List<Edge> edges = values.forParameter("GET /api/x query q", Q);
        assertThat(edges.stream().filter(edge -> edge.edgeClass().equals(EdgeValues.CONTROL)))
                .isNotEmpty().allSatisfy(edge -> assertThat(edge.text().chars()
                        .anyMatch(c -> c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate((char) c) || c >= 0xFFFE))
                        .as(edge.text()).isTrue());
        assertThat(edges.stream().filter(edge -> edge.edgeClass().equals(EdgeValues.BIDI)))
                .isNotEmpty().allSatisfy(edge -> assertThat(edge.text().chars().anyMatch(c -> Character.getDirectionality(c)
                        >= Character.DIRECTIONALITY_LEFT_TO_RIGHT_EMBEDDING || c == 0x200E || c == 0x200F || c == 0x061C
                        || (c >= 0x2066 && c <= 0x2069))).as(edge.text()).isTrue());
        assertThat(edges.stream().filter(edge -> edge.edgeClass().equals(EdgeValues.INVISIBLE)))
                .isNotEmpty().allSatisfy(edge -> assertThat(edge.text().codePoints().anyMatch(EdgeValuesTest::invisible))
                        .as(edge.text()).isTrue())
                .anySatisfy(edge -> assertThat(edge.text().codePoints().allMatch(EdgeValuesTest::invisible)).isTrue());
        assertThat(edges).contains(new Edge(EdgeValues.LONG, Expect.REFUSE, "x".repeat(101)),
                new Edge(EdgeValues.BOUNDARY, Expect.ANY, "会".repeat(100)));
    }

    @Test
    void aDayParameterTakesItsRangeFromTheDescriptionAndRefusesFarAndMalformedDays() {
        JsonNode from = json("{\"type\": \"string\", \"format\": \"date\", \"description\": \"A day from 1989-04-01 to 2101-03-31.\"}");
        List<Edge> edges = values.forParameter("GET /api/events query from", from);
        assertThat(edges).contains(new Edge(EdgeValues.BOUNDARY, Expect.ANY, "1989-04-01"),
                new Edge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, "1989-03-31"),
                new Edge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, "2101-04-01"),
                new Edge(EdgeValues.FAR_DATE, Expect.REFUSE, "9999-12-31"),
                new Edge(EdgeValues.MALFORMED, Expect.REFUSE, "2024-02-30"));
    }

    @Test
    void aHistoricDateTheDocumentDescribesAsAnObjectIsSpoiledAsTheTextTheApiTakes() {
        JsonNode historic = json("{\"type\": \"object\", \"properties\": {\"value\": {\"type\": \"string\"}}}");
        List<FieldEdge> edges = values.forField("POST /x body foundedOn", historic, Http.JSON.getNodeFactory().stringNode("2020-04"));
        assertThat(edges).extracting(FieldEdge::edgeClass).contains(EdgeValues.FAR_DATE, EdgeValues.MALFORMED);
        assertThat(edges).filteredOn(edge -> edge.edgeClass().equals(EdgeValues.FAR_DATE))
                .allSatisfy(edge -> assertThat(edge.value().isString()).isTrue());
    }

    @Test
    void aFieldTheDocumentLeavesUntypedIsTriedAsAnAmountWhateverTheValidBodyGivesIt() {
        List<FieldEdge> edges = values.forField("PUT /x body figures.projectCost", json("{}"), Http.JSON.getNodeFactory().numberNode(800));
        assertThat(edges).extracting(FieldEdge::edgeClass).containsOnly(EdgeValues.BOUNDARY, EdgeValues.OVERFLOW, EdgeValues.TYPE);
        assertThat(edges).filteredOn(edge -> edge.expect() == Expect.REFUSE).extracting(edge -> edge.value().toString())
                .containsExactlyInAnyOrder("1E+400", "true");
    }

    @Test
    void aWholeNumberFieldIsRefusedAFractionATextABooleanAndAnOverflow() {
        JsonNode capacity = json("{\"type\": \"integer\", \"format\": \"int32\", \"minimum\": 1, \"maximum\": 100000}");
        List<FieldEdge> edges = values.forField("POST /x body capacity", capacity, null);
        assertThat(edges).filteredOn(edge -> edge.edgeClass().equals(EdgeValues.TYPE)).extracting(edge -> edge.value().toString())
                .contains("1.5", "\"12\"", "true");
        assertThat(edges).filteredOn(edge -> edge.edgeClass().equals(EdgeValues.OVERFLOW))
                .extracting(edge -> edge.value().toString()).contains(BigInteger.TWO.pow(31).toString());
        assertThat(edges).contains(new FieldEdge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, Http.JSON.getNodeFactory().numberNode(0L)),
                new FieldEdge(EdgeValues.OUT_OF_RANGE, Expect.REFUSE, Http.JSON.getNodeFactory().numberNode(100_001L)));
    }

    @Test
    void aLineFeedIsRefusedInAParameterButOnlyTriedInABody() {
        assertThat(values.forParameter("GET /x query q", Q)).filteredOn(edge -> edge.text().contains("\n"))
                .allSatisfy(edge -> assertThat(edge.expect()).isEqualTo(Expect.REFUSE));
        assertThat(values.forField("POST /x body note", Q, null)).filteredOn(edge -> edge.value().isString()
                        && edge.value().asString().contains("\n") && edge.value().asString().length() < 50)
                .allSatisfy(edge -> assertThat(edge.expect()).isEqualTo(Expect.ANY));
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || c == 0x3164 || c == 0x115F
                || c == 0x3000;
    }

    private static boolean inRange(String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            return value >= min && value <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static JsonNode json(String text) {
        return Http.JSON.readTree(text);
    }
}
