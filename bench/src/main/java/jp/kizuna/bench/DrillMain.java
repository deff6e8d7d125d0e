package jp.kizuna.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `make drill`: breaks the running platform on purpose — the Kafka broker killed mid-load, a service
 * killed mid-load, a poison message, fuzzed write requests — and checks that no acknowledged write is
 * lost or applied twice, that the gateway answers 503 problem+json while a service is down and
 * recovers by itself, that the poison goes to the dead-letter topic while the partition continues, and
 * that bad input never gets a 5xx or anything but problem+json. Exits 1 when an invariant breaks.
 */
public final class DrillMain {

    private DrillMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("kizuna.root", ".")).toAbsolutePath().normalize();
        Map<String, Object> report = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        try (BenchStack stack = BenchStack.start(root, out)) {
            Drills drills = new Drills(stack);
            out.println("[drill] Kafka broker killed mid-load");
            report.put("broker_killed", drills.brokerKilled());
            out.println("[drill] organization registry killed mid-load");
            report.put("service_killed", drills.serviceKilled());
            out.println("[drill] poison message");
            report.put("poison_message", drills.poisonMessage());
            out.println("[drill] fuzzed writes");
            report.put("fuzz", drills.fuzz());
            broken.addAll(drills.brokenInvariants());
        }
        report.put("broken_invariants", broken);
        StringBuilder md = new StringBuilder("# Drill summary\n\n");
        report.forEach((name, value) -> md.append("## ").append(name).append("\n\n```\n")
                .append(Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value)).append("\n```\n\n"));
        Path summary = Report.write(root.resolve("bench/results"), "drill", report, md.toString());
        out.println("[drill] results: " + summary);
        if (!broken.isEmpty()) {
            out.println("[drill] BROKEN INVARIANTS: " + broken);
            System.exit(1);
        }
    }
}
