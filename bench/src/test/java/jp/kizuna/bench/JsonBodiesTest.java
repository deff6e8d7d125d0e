package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Valid bodies from a schema, the fields to spoil, and the bodies wrong as a whole. */
class JsonBodiesTest {

    static final JsonNode SCHEMA = EdgeValuesTest.json("""
            {"type": "object", "required": ["name", "kind", "contact"], "properties": {
              "name": {"type": "string", "maxLength": 200},
              "kind": {"type": "string", "enum": ["WORKSHOP", "FESTIVAL"]},
              "seats": {"type": "integer", "minimum": 1, "maximum": 100},
              "contact": {"type": "object", "required": ["phone"], "properties": {
                "phone": {"type": "string", "pattern": "[0-9()\\\\-]{6,20}"}}},
              "districts": {"type": "array", "items": {"type": "string"}}}}""");

    @Test
    void aBodyBuiltFromTheSchemaHasTheRequiredFieldsWithValidValues() {
        JsonNode body = JsonBodies.synthesize(SCHEMA);
        assertThat(body.propertyNames()).containsExactly("name", "kind", "contact");
        assertThat(body.get("kind").asString()).isEqualTo("WORKSHOP");
        assertThat(body.path("contact").path("phone").asString()).matches("[0-9()\\-]{6,20}");
    }

    @Test
    void theFieldsAreTheBodysOwnFirstThenTheOnesItLeavesOut() {
        List<String> names = JsonBodies.fields(JsonBodies.synthesize(SCHEMA), SCHEMA).stream().map(JsonBodies.Field::name).toList();
        assertThat(names).containsSubsequence("name", "kind", "contact", "contact.phone", "seats", "districts", "districts.0");
    }

    @Test
    void aValueIsPutAtItsPathWithTheObjectsAndArraysOnTheWay() {
        JsonNode body = EdgeValuesTest.json("{\"name\": \"会津\"}");
        JsonNode spoiled = JsonBodies.with(body, List.of("venue", "rooms", "0", "name"), Http.JSON.getNodeFactory().stringNode("x"));
        assertThat(spoiled.toString()).isEqualTo("{\"name\":\"会津\",\"venue\":{\"rooms\":[{\"name\":\"x\"}]}}");
        assertThat(body.toString()).isEqualTo("{\"name\":\"会津\"}");
        assertThat(JsonBodies.without(spoiled, List.of("venue")).toString()).isEqualTo("{\"name\":\"会津\"}");
    }

    @Test
    void theDuplicateKeyBodiesHoldTheKeyTwiceOnceWithAnotherValue() {
        JsonNode body = EdgeValuesTest.json("{\"name\": \"会津\", \"contact\": {\"phone\": \"0242\"}}");
        List<String> duplicates = JsonBodies.wholes(body, true).stream().filter(whole -> whole.edgeClass().equals(EdgeValues.DUPLICATE_KEY))
                .map(whole -> new String(whole.bytes(), StandardCharsets.UTF_8)).toList();
        assertThat(duplicates).containsExactly(
                "{\"name\": \"会津（重複）\", \"name\":\"会津\",\"contact\":{\"phone\":\"0242\"}}",
                "{\"name\":\"会津\",\"contact\":{\"phone\":\"0242\"}, \"name\": \"会津（重複）\"}",
                "{\"name\":\"会津\",\"contact\":{\"phone\": \"0242（重複）\", \"phone\":\"0242\"}}");
    }

    @Test
    void theWholeBodiesIncludeOneThatIsNotUtf8AndOneSentChunkedOverTheLimit() {
        List<JsonBodies.Whole> wholes = JsonBodies.wholes(EdgeValuesTest.json("{\"name\": \"会津\"}"), true);
        JsonBodies.Whole notUtf8 = wholes.stream().filter(whole -> whole.what().equals("not UTF-8")).findFirst().orElseThrow();
        assertThat(decodes(notUtf8.bytes())).isFalse();
        assertThat(wholes).filteredOn(JsonBodies.Whole::chunked).singleElement()
                .satisfies(whole -> assertThat(whole.bytes().length).isGreaterThan(1_048_576));
        assertThat(wholes).allSatisfy(whole -> assertThat(whole.expect()).isNotNull());
    }

    @Test
    void noBodyAtAllIsRefusedOnlyWhereTheBodyIsRequired() {
        JsonNode body = EdgeValuesTest.json("{\"reason\": \"会津\"}");
        assertThat(JsonBodies.wholes(body, false)).filteredOn(whole -> whole.what().equals("empty body") || whole.what().equals("JSON null"))
                .hasSize(2).allSatisfy(whole -> assertThat(whole.expect()).isEqualTo(EdgeValues.Expect.ANY));
        assertThat(JsonBodies.wholes(body, true)).filteredOn(whole -> whole.what().equals("empty body"))
                .singleElement().satisfies(whole -> assertThat(whole.expect()).isEqualTo(EdgeValues.Expect.REFUSE));
    }

    private static boolean decodes(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
