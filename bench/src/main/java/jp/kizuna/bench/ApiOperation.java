package jp.kizuna.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One operation of a service's OpenAPI document as the fuzzing drill needs it: where it is, its
 * parameters (query, path, header) and its request body, every {@code $ref} resolved.
 *
 * @param document     the document it comes from ({@code registry}, {@code kpi}, {@code subsidies}, {@code events})
 * @param bodySchema   the JSON schema of the body, or {@code null} when the operation takes none
 * @param bodyRequired whether the body may be left out
 * @param bodyExamples the document's examples of a body (possibly none)
 */
record ApiOperation(String document, String method, String path, List<Parameter> parameters, JsonNode bodySchema,
                    boolean bodyRequired, List<JsonNode> bodyExamples) {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    /** A parameter as documented; {@code in} is {@code query}, {@code path} or {@code header}. */
    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    boolean writes() {
        return !method.equals("GET");
    }

    boolean hasBody() {
        return bodySchema != null;
    }

    String key() {
        return method + " " + path;
    }

    List<Parameter> in(String location) {
        return parameters.stream().filter(parameter -> parameter.in().equals(location)).toList();
    }

    /** Every operation of one OpenAPI document, in the document's order. */
    static List<ApiOperation> read(String document, JsonNode openApi) {
        JsonNode schemas = openApi.path("components").path("schemas");
        List<ApiOperation> operations = new ArrayList<>();
        for (var path : openApi.path("paths").properties()) {
            for (var entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                JsonNode operation = entry.getValue();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode parameter : operation.path("parameters")) {
                    parameters.add(new Parameter(parameter.path("name").asString(), parameter.path("in").asString(),
                            resolve(parameter.path("schema"), schemas, 0), parameter.path("required").asBoolean(false)));
                }
                JsonNode json = operation.path("requestBody").path("content").path("application/json");
                JsonNode body = json.has("schema") ? resolve(json.get("schema"), schemas, 0) : null;
                List<JsonNode> examples = new ArrayList<>();
                json.path("examples").forEach(example -> examples.add(example.path("value")));
                if (json.has("example")) {
                    examples.add(json.get("example"));
                }
                operations.add(new ApiOperation(document, entry.getKey().toUpperCase(), path.getKey(), List.copyOf(parameters),
                        body, operation.path("requestBody").path("required").asBoolean(false), List.copyOf(examples)));
            }
        }
        return operations;
    }

    /** The schema with every {@code $ref} replaced by what it names (recursive schemas stop after a few levels). */
    static JsonNode resolve(JsonNode schema, JsonNode schemas, int depth) {
        if (schema == null || schema.isMissingNode() || schema.isNull()) {
            return Http.JSON.createObjectNode();
        }
        if (schema.has("$ref")) {
            if (depth > 6) {
                return Http.JSON.createObjectNode().put("type", "object");
            }
            String name = schema.get("$ref").asString().replace("#/components/schemas/", "");
            return resolve(schemas.path(name), schemas, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode resolved = Http.JSON.createObjectNode();
        for (var field : schema.properties()) {
            switch (field.getKey()) {
                case "properties" -> {
                    ObjectNode properties = resolved.putObject("properties");
                    field.getValue().properties().forEach(property ->
                            properties.set(property.getKey(), resolve(property.getValue(), schemas, depth + 1)));
                }
                case "items", "additionalProperties" -> resolved.set(field.getKey(), field.getValue().isObject()
                        ? resolve(field.getValue(), schemas, depth + 1) : field.getValue());
                default -> resolved.set(field.getKey(), field.getValue());
            }
        }
        return resolved;
    }
}
