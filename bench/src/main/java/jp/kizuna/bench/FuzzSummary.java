package jp.kizuna.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The fuzzing part of the drill's Markdown summary: counts per class, every violation with its reproducer. */
final class FuzzSummary {

    private static final List<String> COUNTS = List.of("sent", "2xx", "4xx", "5xx", "no_answer", "violations");

    private FuzzSummary() {
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> fuzz) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> totals = (Map<String, Object>) fuzz.get("totals");
        md.append("Seed ").append(fuzz.get("seed")).append(" (again: `").append(fuzz.get("reproduce")).append("`); ")
                .append(fuzz.get("operations")).append(" operations, ").append(totals.get("sent")).append(" requests: ")
                .append(totals.get("2xx")).append(" 2xx, ").append(totals.get("4xx")).append(" 4xx, ")
                .append(totals.get("5xx")).append(" 5xx, ").append(totals.get("no_answer")).append(" without an answer; ")
                .append(totals.get("violations")).append(" violations. ").append(fuzz.get("sent_over_a_socket"))
                .append(" requests the JDK's client will not send (a control or non-Latin-1 character in a header) went over a plain socket.\n\n");
        md.append("### By parameter location and edge class\n\n");
        List<List<Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) fuzz.get("by_location_and_class")) {
            List<Object> cells = new ArrayList<>(List.of(row.get("location"), row.get("class")));
            COUNTS.forEach(count -> cells.add(row.get(count)));
            rows.add(cells);
        }
        md.append(Report.table(header("location", "class"), rows)).append('\n');
        List<Map<String, Object>> violations = (List<Map<String, Object>>) fuzz.get("violations");
        md.append("### Violations\n\n");
        if (violations.isEmpty()) {
            md.append("None.\n\n");
        }
        for (Map<String, Object> violation : violations) {
            Map<String, Object> request = (Map<String, Object>) violation.get("request");
            md.append("- **").append(violation.get("operation")).append("** ").append(violation.get("location")).append(' ')
                    .append(violation.get("parameter")).append(" [").append(violation.get("edge_class")).append("] → ")
                    .append(violation.get("status")).append(": ").append(violation.get("what_is_wrong")).append("; value `")
                    .append(code(String.valueOf(violation.get("value")))).append("`  \n  `")
                    .append(request.get("method")).append(' ').append(code(String.valueOf(request.get("path_and_query"))))
                    .append('`');
            if (request.containsKey("body")) {
                md.append(" body `").append(code(ParameterFuzz.abbreviate(String.valueOf(request.get("body")), 300)))
                        .append('`');
            }
            md.append(" (seed ").append(violation.get("seed")).append(", case ").append(violation.get("case")).append(")\n");
        }
        md.append('\n');
        list(md, "Collections left out of the comparison", (List<?>) fuzz.get("excluded_collections"));
        list(md, "Not compared", (List<?>) fuzz.get("not_compared"));
        list(md, "Writes never accepted (their cases test the checks before the first refusal only)",
                (List<?>) fuzz.get("writes_never_accepted"));
        Map<String, Object> baselines = (Map<String, Object>) fuzz.get("valid_writes_at_the_end");
        if (baselines != null && !baselines.isEmpty()) {
            list(md, "The valid write of each operation, sent after its cases", baselines.entrySet().stream()
                    .map(entry -> entry.getKey() + " → " + entry.getValue()).toList());
        }
        list(md, "Path variables without a fixture", (List<?>) fuzz.get("path_variables_without_fixture"));
        list(md, "Fixtures that could not be made", (List<?>) fuzz.get("fixture_failures"));
        list(md, "Open data files checked", (List<?>) fuzz.get("outputs_checked"));
        md.append("<details><summary>By operation, location and class</summary>\n\n");
        rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) fuzz.get("by_operation")) {
            List<Object> cells = new ArrayList<>(List.of(row.get("operation"), row.get("location"), row.get("class")));
            COUNTS.forEach(count -> cells.add(row.get(count)));
            rows.add(cells);
        }
        List<String> header = new ArrayList<>(List.of("operation"));
        header.addAll(header("location", "class"));
        md.append(Report.table(header, rows)).append("\n</details>\n\n");
        return md.toString();
    }

    private static List<String> header(String... first) {
        List<String> header = new ArrayList<>(List.of(first));
        header.addAll(COUNTS);
        return header;
    }

    private static void list(StringBuilder md, String title, List<?> items) {
        if (items == null || items.isEmpty()) {
            return;
        }
        md.append("**").append(title).append(":**\n\n");
        items.forEach(item -> md.append("- ").append(item).append('\n'));
        md.append('\n');
    }

    /** Text for a Markdown code span: no backticks, no line breaks, no control characters. */
    private static String code(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '`') {
                safe.append('\'');
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                safe.append(String.format("\\u%04X", c));
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
