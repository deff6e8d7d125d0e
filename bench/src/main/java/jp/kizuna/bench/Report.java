package jp.kizuna.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes a run's results as JSON and as a short Markdown summary, stamped and as "latest". */
final class Report {

    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private Report() {
    }

    static Path write(Path resultsDir, String kind, Map<String, Object> results, String markdown) throws IOException {
        Files.createDirectories(resultsDir);
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        byte[] json = PRETTY.writeValueAsBytes(results);
        Files.write(resultsDir.resolve(kind + "-" + stamp + ".json"), json);
        Files.write(resultsDir.resolve("latest-" + kind + ".json"), json);
        Path summary = resultsDir.resolve("latest-" + kind + ".md");
        Files.writeString(resultsDir.resolve(kind + "-" + stamp + ".md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(summary, markdown, StandardCharsets.UTF_8);
        return summary;
    }

    static String table(List<String> header, List<List<Object>> rows) {
        StringBuilder table = new StringBuilder("| " + String.join(" | ", header) + " |\n|");
        header.forEach(column -> table.append("---|"));
        table.append('\n');
        for (List<Object> row : rows) {
            table.append("| ").append(String.join(" | ", row.stream().map(String::valueOf).toList())).append(" |\n");
        }
        return table.toString();
    }
}
