package jp.kizuna.platform.openapi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.OptionalIfMatch;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * What every operation of the documents says the same way, from its handler method, so that no
 * controller has to repeat it:
 * <ul>
 *   <li>an operation id an integrator's generated client can use as a method name: an explicit
 *       {@code @Operation(operationId)} wins; a handler named by a bare verb ({@code get}, {@code list}, …)
 *       gets the controller's resource after it ({@code getOrganization}, {@code listOrganizations});
 *       a read named by a noun gets {@code get} and the resource before it ({@code history} of the
 *       organization controller → {@code getOrganizationHistory});
 *       any other handler's name is its id;</li>
 *   <li>a summary, made from the id where the handler has none ({@code listOrganizations} →
 *       "List organizations");</li>
 *   <li>{@code If-Match} required wherever the handler takes it (an {@link IfMatch} parameter), since such a
 *       write answers 428 without it, except on a handler marked {@link OptionalIfMatch};</li>
 *   <li>success bodies typed with what the handler produces: {@code application/json} unless its
 *       mapping names other media types (never the {@code *}{@code /*} springdoc writes otherwise).</li>
 * </ul>
 */
public class OperationConventions implements OperationCustomizer {

    /** Handler names that say what is done, not to what: the resource is added to them. */
    private static final Set<String> BARE_VERBS = Set.of("get", "list", "add", "create", "update", "delete", "remove",
            "replace", "record", "correct", "start", "end", "issue", "revoke", "cancel", "count", "find", "search",
            "read", "enter", "fund", "report", "amend", "submit", "withdraw", "decide", "appoint", "score", "open", "confirm",
            "rename", "approve", "draft", "edit", "finish", "dissolve", "screen", "disburse",
            "close", "reject", "publish", "archive");
    private static final Set<String> PLURAL_VERBS = Set.of("list", "find", "search");
    private static final Set<String> READ_VERBS = Set.of("get", "list", "find", "search", "read", "count", "export",
            "download", "show", "preview");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        String id = operationId(operation, handler);
        operation.setOperationId(id);
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(summaryOf(id));
        }
        requireIfMatch(operation, handler);
        typeSuccessBodies(operation, handler);
        return operation;
    }

    private static String operationId(Operation operation, HandlerMethod handler) {
        io.swagger.v3.oas.annotations.Operation explicit = handler.getMethodAnnotation(
                io.swagger.v3.oas.annotations.Operation.class);
        if (explicit != null && !explicit.operationId().isBlank()) {
            return explicit.operationId();
        }
        return idOf(handler.getMethod().getName(), resourceOf(handler.getBeanType().getSimpleName()),
                isRead(handler));
    }

    /** The operation id of a handler method named {@code method} of the controller of {@code resource}. */
    static String idOf(String method, String resource, boolean read) {
        if (BARE_VERBS.contains(method)) {
            return method + (PLURAL_VERBS.contains(method) ? plural(resource) : resource);
        }
        if (read && READ_VERBS.stream().noneMatch(verb -> method.startsWith(verb) && method.length() > verb.length()
                && Character.isUpperCase(method.charAt(verb.length())))) {
            return "get" + (method.startsWith(decapitalize(resource)) ? capitalize(method) : resource + capitalize(method));
        }
        return method;
    }

    /** "listOrganizations" → "List organizations", "getApiKey" → "Get API key". */
    static String summaryOf(String id) {
        StringBuilder words = new StringBuilder();
        for (String word : id.split("(?<=[a-z0-9])(?=[A-Z])|_")) {
            if (word.isEmpty()) {
                continue;
            }
            String text = switch (word) {
                case "Api" -> "API";
                case "Kpi" -> "KPI";
                case "Csv" -> "CSV";
                case "Json" -> "JSON";
                case "Pdf" -> "PDF";
                case "Ical", "Ics" -> "iCalendar";
                default -> words.isEmpty() ? capitalize(word) : word.toLowerCase(Locale.ROOT);
            };
            words.append(words.isEmpty() ? "" : " ").append(text);
        }
        return words.toString();
    }

    /** {@code OrganizationController} → {@code Organization}. */
    static String resourceOf(String controller) {
        String name = controller.endsWith("Controller") ? controller.substring(0, controller.length() - "Controller".length())
                : controller;
        return name.isEmpty() ? "Resource" : name;
    }

    private static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ey")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun.endsWith("s") ? noun : noun + "s";
    }

    private static String decapitalize(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static boolean isRead(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        if (mapping == null) {
            return false;
        }
        for (var method : mapping.method()) {
            if (method.name().equals("GET")) {
                return true;
            }
        }
        return false;
    }

    private static void requireIfMatch(Operation operation, HandlerMethod handler) {
        if (takesIfMatch(handler) && (operation.getParameters() == null || operation.getParameters().stream()
                .noneMatch(OperationConventions::isIfMatchHeader))) {
            // springdoc takes an unannotated parameter for part of the body where @Operation declares the body
            // itself, so IfMatchParameterCustomizer never sees it: the header is added here (after the others,
            // as a handler declares its IfMatch last)
            operation.addParametersItem(new Parameter().name(HttpHeaders.IF_MATCH).in("header").schema(new StringSchema()));
        }
        if (operation.getParameters() == null) {
            return;
        }
        boolean optional = handler.hasMethodAnnotation(OptionalIfMatch.class);
        for (Parameter parameter : operation.getParameters()) {
            if (isIfMatchHeader(parameter)) {
                parameter.setRequired(!optional);
                if (parameter.getDescription() == null) {
                    parameter.setDescription(optional
                            ? "The ETag of the version read, where the resource exists already (see the operation)"
                            : "The ETag of the version read (strong, as the API sent it); without it the answer is 428, "
                                    + "with an older one 412");
                }
            }
        }
    }

    private static boolean takesIfMatch(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(parameter -> parameter.getParameterType() == IfMatch.class);
    }

    private static boolean isIfMatchHeader(Parameter parameter) {
        return "header".equals(parameter.getIn()) && HttpHeaders.IF_MATCH.equalsIgnoreCase(parameter.getName());
    }

    private static void typeSuccessBodies(Operation operation, HandlerMethod handler) {
        if (operation.getResponses() == null) {
            return;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        RequestMapping type = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), RequestMapping.class);
        String[] produces = mapping != null && mapping.produces().length > 0 ? mapping.produces()
                : type != null && type.produces().length > 0 ? type.produces() : new String[] {"application/json"};
        for (Map.Entry<String, ApiResponse> entry : operation.getResponses().entrySet()) {
            Content content = entry.getValue().getContent();
            if (!entry.getKey().startsWith("2") || content == null || !content.containsKey("*/*")) {
                continue;
            }
            MediaType any = content.get("*/*");
            Content typed = new Content();
            for (String produced : produces) {
                typed.addMediaType(produced.split(";")[0].strip(), any);
            }
            content.forEach((name, media) -> {
                if (!name.equals("*/*")) {
                    typed.putIfAbsent(name, media);
                }
            });
            entry.getValue().setContent(typed);
        }
    }
}
