package jp.kizuna.gateway.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The operations a service's OpenAPI document describes, as method and path pattern, so the gateway
 * can tell a documented call from any other. A documented {@code GET} also admits {@code HEAD}.
 */
public final class DocumentedOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final List<Operation> operations;

    private DocumentedOperations(List<Operation> operations) {
        this.operations = List.copyOf(operations);
    }

    public static DocumentedOperations of(JsonNode document) {
        JsonNode paths = document.path("paths");
        if (!paths.isObject()) {
            throw new IllegalArgumentException("not an OpenAPI document: it has no paths");
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            Pattern pattern = pattern(path.getKey());
            for (String method : path.getValue().propertyNames()) {
                String upper = method.toUpperCase();
                if (METHODS.contains(upper)) {
                    operations.add(new Operation(upper, pattern));
                    if (upper.equals("GET")) {
                        operations.add(new Operation("HEAD", pattern));
                    }
                }
            }
        }
        return new DocumentedOperations(operations);
    }

    /** What the document says of a call: documented, a documented path with another method, or unknown. */
    public Match match(String method, String path) {
        boolean pathKnown = false;
        for (Operation operation : operations) {
            if (operation.path().matcher(path).matches()) {
                if (operation.method().equals(method)) {
                    return Match.DOCUMENTED;
                }
                pathKnown = true;
            }
        }
        return pathKnown ? Match.OTHER_METHOD : Match.UNKNOWN_PATH;
    }

    /** The methods documented for this path, for the {@code Allow} of a 405; empty for an unknown path. */
    public Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        for (Operation operation : operations) {
            if (operation.path().matcher(path).matches()) {
                methods.add(operation.method());
            }
        }
        return methods;
    }

    public int size() {
        return operations.size();
    }

    /** {@code /api/events/{id}/feed.ics} → {@code \Q/api/events/\E[^/]+\Q/feed.ics\E}. */
    static Pattern pattern(String template) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder regex = new StringBuilder();
        int last = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(last, parameter.start()))).append("[^/]+");
            last = parameter.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return Pattern.compile(regex.toString());
    }

    public enum Match {
        DOCUMENTED,
        OTHER_METHOD,
        UNKNOWN_PATH
    }

    private record Operation(String method, Pattern path) {
    }
}
