package jp.kizuna.gateway.docs;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The operations a service's OpenAPI document describes, so the gateway can tell a documented call
 * from any other. A documented {@code GET} also admits {@code HEAD}. The paths are worked out once, into
 * a tree with one level per path segment (a literal, a whole-segment parameter such as {@code {id}}, or a
 * segment mixing both such as {@code {district}.ics}): a call walks it segment by segment, without a
 * regular expression per operation.
 */
public final class DocumentedOperations {

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}]+}");
    private static final Pattern WHOLE_PARAMETER = Pattern.compile("\\{[^}/]+}");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Segment root = new Segment();
    private int size;

    private DocumentedOperations() {
    }

    public static DocumentedOperations of(JsonNode document) {
        JsonNode paths = document.path("paths");
        if (!paths.isObject()) {
            throw new IllegalArgumentException("not an OpenAPI document: it has no paths");
        }
        DocumentedOperations operations = new DocumentedOperations();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            Segment end = operations.root.add(path.getKey().split("/", -1), 0);
            for (String method : path.getValue().propertyNames()) {
                String upper = method.toUpperCase(Locale.ROOT);
                if (METHODS.contains(upper)) {
                    operations.size += end.methods.add(upper) ? 1 : 0;
                    if (upper.equals("GET")) {
                        operations.size += end.methods.add("HEAD") ? 1 : 0;
                    }
                }
            }
        }
        return operations;
    }

    /** What the document says of a call: documented, a documented path with another method, or unknown. */
    public Match match(String method, String path) {
        Set<String> methods = methodsAt(path);
        return methods.contains(method) ? Match.DOCUMENTED : methods.isEmpty() ? Match.UNKNOWN_PATH : Match.OTHER_METHOD;
    }

    /** The methods documented for this path, for the {@code Allow} of a 405; empty for an unknown path. */
    public Set<String> methodsAt(String path) {
        Set<String> methods = new TreeSet<>();
        root.collect(path.split("/", -1), 0, methods);
        return methods;
    }

    public int size() {
        return size;
    }

    /** One segment of the documented paths: what may follow it, and the methods of the paths ending here. */
    private static final class Segment {
        final Map<String, Segment> literals = new HashMap<>();
        Segment parameter;
        final Map<String, Segment> mixed = new LinkedHashMap<>();
        final Map<String, Pattern> mixedPatterns = new HashMap<>();
        final Set<String> methods = new TreeSet<>();

        Segment add(String[] segments, int index) {
            if (index == segments.length) {
                return this;
            }
            String segment = segments[index];
            Segment next;
            if (!segment.contains("{")) {
                next = literals.computeIfAbsent(segment, literal -> new Segment());
            } else if (WHOLE_PARAMETER.matcher(segment).matches()) {
                next = parameter == null ? (parameter = new Segment()) : parameter;
            } else {
                next = mixed.computeIfAbsent(segment, template -> new Segment());
                mixedPatterns.computeIfAbsent(segment, DocumentedOperations::pattern);
            }
            return next.add(segments, index + 1);
        }

        /** Adds the methods of every documented path this one matches (a literal and a parameter may both). */
        void collect(String[] segments, int index, Set<String> found) {
            if (index == segments.length) {
                found.addAll(methods);
                return;
            }
            String segment = segments[index];
            Segment literal = literals.get(segment);
            if (literal != null) {
                literal.collect(segments, index + 1, found);
            }
            if (parameter != null && !segment.isEmpty()) {
                parameter.collect(segments, index + 1, found);
            }
            mixed.forEach((template, next) -> {
                if (mixedPatterns.get(template).matcher(segment).matches()) {
                    next.collect(segments, index + 1, found);
                }
            });
        }
    }

    /** {@code {district}.ics} → {@code [^/]+\Q.ics\E}: a parameter is at least one character other than {@code /}. */
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
}
