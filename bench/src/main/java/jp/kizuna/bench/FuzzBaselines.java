package jp.kizuna.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.JsonNode;

/**
 * Valid bodies the fuzzing drill starts from where the OpenAPI document gives no example and a body
 * built from the schema would be refused ({@code drill-fuzz-baselines.json}, by method and path).
 */
final class FuzzBaselines {

    private static final JsonNode BODIES = load();

    private FuzzBaselines() {
    }

    /** The listed body of the operation, else {@code otherwise}. */
    static JsonNode body(ApiOperation operation, JsonNode otherwise) {
        JsonNode listed = BODIES.get(operation.key());
        return listed != null ? listed : otherwise;
    }

    private static JsonNode load() {
        try (InputStream in = FuzzBaselines.class.getResourceAsStream("/drill-fuzz-baselines.json")) {
            if (in == null) {
                throw new IllegalStateException("drill-fuzz-baselines.json is missing from the bench's classpath");
            }
            return Http.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
