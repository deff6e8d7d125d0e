package jp.kizuna.platform.openapi;

import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * Documents what every operation can answer besides its success: the RFC 9457 problem document
 * for each error status (401 and 403 come with each operation's security, {@link OperationSecurityCustomizer}).
 */
public class ProblemResponsesCustomizer implements GlobalOpenApiCustomizer {

    public static final String BEARER = "bearer";
    public static final String API_KEY = "apiKey";
    private static final String PROBLEM_SCHEMA = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM_SCHEMA, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                document(method, operation)));
    }

    private void document(PathItem.HttpMethod method, Operation operation) {
        if (operation.getRequestBody() != null) {
            addProblem(operation, "400", "Malformed JSON, or invalid fields listed in `errors`");
            addProblem(operation, "415", "The body is not application/json");
        }
        if (operation.getParameters() != null && !operation.getParameters().isEmpty()) {
            addProblem(operation, "400", "A parameter outside its limits (see each parameter's schema), named in `errors`");
            addProblem(operation, "404", "No such resource");
        }
        addProblem(operation, "500", "Unexpected error; the problem carries a reference to quote");
    }

    static void addProblem(Operation operation, String status, String description) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(description)
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(PROBLEM_REF)))));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        ObjectSchema fieldError = new ObjectSchema();
        fieldError.setProperties(Map.of("field", new StringSchema(), "message", new StringSchema()));
        ObjectSchema problem = new ObjectSchema();
        problem.description("RFC 9457 problem details; `type` is one of the URNs listed in docs/api.md");
        problem.addProperty("type", new StringSchema().example("urn:kizuna:problem:validation-failed"));
        problem.addProperty("title", new StringSchema().example("Validation failed"));
        problem.addProperty("status", new IntegerSchema().example(400));
        problem.addProperty("detail", new StringSchema().example("The request has 1 invalid field(s); see 'errors' for each one."));
        problem.addProperty("instance", new StringSchema().example("/api/registry/organizations"));
        problem.addProperty("errors", new ArraySchema().items(fieldError));
        return problem;
    }
}
