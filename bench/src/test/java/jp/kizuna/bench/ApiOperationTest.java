package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The operations come from the OpenAPI document with their parameters and body schema, every $ref resolved. */
class ApiOperationTest {

    static final String DOCUMENT = """
            {"paths": {"/api/events/{id}": {
               "parameters": [],
               "get": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}]},
               "put": {"parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}},
                                      {"name": "If-Match", "in": "header", "schema": {"type": "string"}}],
                       "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Edit"},
                         "examples": {"moved": {"value": {"details": {"title": "会津"}}}}}}}}},
             "/api/events": {"get": {"parameters": [{"name": "page", "in": "query",
                                     "schema": {"type": "integer", "minimum": 0, "maximum": 10000000}}]}}},
             "components": {"schemas": {
               "Edit": {"type": "object", "properties": {"details": {"$ref": "#/components/schemas/Details"}}},
               "Details": {"type": "object", "required": ["title"], "properties": {"title": {"type": "string", "maxLength": 200},
                           "parent": {"$ref": "#/components/schemas/Details"}}}}}}""";

    final List<ApiOperation> operations = ApiOperation.read("events", Http.JSON.readTree(DOCUMENT));

    @Test
    void everyMethodOfEveryPathIsAnOperationWithItsParametersByLocation() {
        assertThat(operations).extracting(ApiOperation::key)
                .containsExactly("GET /api/events/{id}", "PUT /api/events/{id}", "GET /api/events");
        ApiOperation edit = operations.get(1);
        assertThat(edit.writes()).isTrue();
        assertThat(edit.in("path")).extracting(ApiOperation.Parameter::name).containsExactly("id");
        assertThat(edit.in("header")).extracting(ApiOperation.Parameter::name).containsExactly("If-Match");
        assertThat(operations.get(2).in("query").getFirst().schema().path("maximum").asLong()).isEqualTo(10_000_000);
    }

    @Test
    void theBodySchemaIsResolvedAndARecursiveSchemaStopsAfterAFewLevels() {
        ApiOperation edit = operations.get(1);
        assertThat(edit.bodySchema().path("properties").path("details").path("properties").path("title").path("maxLength").asInt())
                .isEqualTo(200);
        assertThat(edit.bodySchema().toString()).doesNotContain("$ref");
        assertThat(edit.bodyExamples()).singleElement().satisfies(example ->
                assertThat(example.path("details").path("title").asString()).isEqualTo("会津"));
        assertThat(operations.getFirst().hasBody()).isFalse();
    }
}
