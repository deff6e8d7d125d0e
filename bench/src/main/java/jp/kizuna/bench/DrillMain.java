package jp.kizuna.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `make drill`: breaks the running platform on purpose — the Kafka broker killed mid-load, a service
 * killed mid-load, the events service killed mid-registration-rush, partner webhooks with a slow, a down and a fine
 * receiver and the dispatcher killed mid-delivery, a poison message, every parameter and body of every operation fuzzed — and checks
 * that no acknowledged write is lost or applied twice, that the gateway answers 503 problem+json while a
 * service is down and recovers by itself, that the poison goes to the dead-letter topic while the
 * partition continues, that the fine receiver's deliveries neither wait for the others nor get lost, and that bad
 * input never gets a 5xx, anything but problem+json, or stored.
 * Exits 1 when an invariant breaks.
 *
 * <p>{@code KIZUNA_DRILL_ONLY} (a comma-separated list of {@code broker_killed}, {@code service_killed},
 * {@code registration_rush_killed}, {@code webhooks}, {@code poison_message}, {@code fuzz}) runs only those;
 * {@code KIZUNA_DRILL_WEBHOOK_SIGN_UPS} (default 100) and {@code KIZUNA_DRILL_WEBHOOK_CHANGES} (default 10) size each
 * phase of the webhook drill, per organization. The fuzzing draws its values from
 * {@code KIZUNA_DRILL_FUZZ_SEED} (a new random seed each run when unset; the summary says which, and the
 * same seed sends the same values again), {@code KIZUNA_DRILL_FUZZ_SAMPLES} random values per edge class
 * and parameter (default 2) and {@code KIZUNA_DRILL_FUZZ_BODY_CASES} field values per body (default 40).
 */
public final class DrillMain {

    private static final List<String> DRILLS = List.of("broker_killed", "service_killed", "registration_rush_killed",
            "webhooks", "poison_message", "fuzz");

    private DrillMain() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("kizuna.root", ".")).toAbsolutePath().normalize();
        Set<String> only = Set.of(System.getenv().getOrDefault("KIZUNA_DRILL_ONLY", String.join(",", DRILLS))
                .replace(" ", "").split(","));
        if (!DRILLS.containsAll(only)) {
            throw new IllegalArgumentException("KIZUNA_DRILL_ONLY=" + only + ": the drills are " + DRILLS);
        }
        String seedText = System.getenv("KIZUNA_DRILL_FUZZ_SEED");
        long seed = seedText == null || seedText.isBlank() ? new SecureRandom().nextLong() : Long.parseLong(seedText.strip());
        int samples = Integer.parseInt(System.getenv().getOrDefault("KIZUNA_DRILL_FUZZ_SAMPLES", "2").strip());
        int bodyCases = Integer.parseInt(System.getenv().getOrDefault("KIZUNA_DRILL_FUZZ_BODY_CASES", "40").strip());
        Map<String, Object> report = new LinkedHashMap<>();
        List<String> broken = new ArrayList<>();
        try (BenchStack stack = BenchStack.start(root, out)) {
            Drills drills = new Drills(stack);
            if (only.contains("broker_killed")) {
                out.println("[drill] Kafka broker killed mid-load");
                report.put("broker_killed", drills.brokerKilled());
            }
            if (only.contains("service_killed")) {
                out.println("[drill] organization registry killed mid-load");
                report.put("service_killed", drills.serviceKilled());
            }
            if (only.contains("registration_rush_killed")) {
                out.println("[drill] events service killed mid-rush");
                report.put("registration_rush_killed", drills.registrationRushKilled(
                        Integer.parseInt(System.getenv().getOrDefault("KIZUNA_DRILL_RUSH_SIGN_UPS", "2000").strip()), 32,
                        java.time.Duration.ofSeconds(Long.parseLong(System.getenv()
                                .getOrDefault("KIZUNA_STACK_READY_SECONDS", "300").strip()))));
            }
            if (only.contains("webhooks")) {
                out.println("[drill] partner webhooks: a slow, a down and a fine receiver; the dispatcher killed mid-delivery");
                report.put("webhooks", drills.webhooks(
                        Integer.parseInt(System.getenv().getOrDefault("KIZUNA_DRILL_WEBHOOK_SIGN_UPS", "100").strip()),
                        Integer.parseInt(System.getenv().getOrDefault("KIZUNA_DRILL_WEBHOOK_CHANGES", "10").strip()),
                        java.time.Duration.ofSeconds(Long.parseLong(System.getenv()
                                .getOrDefault("KIZUNA_STACK_READY_SECONDS", "300").strip())), out));
            }
            if (only.contains("poison_message")) {
                out.println("[drill] poison message");
                report.put("poison_message", drills.poisonMessage());
            }
            if (only.contains("fuzz")) {
                out.println("[drill] fuzzing every parameter of every operation (seed " + seed + ")");
                report.put("fuzz", drills.fuzz(seed, samples, bodyCases, out));
            }
            broken.addAll(drills.brokenInvariants());
        }
        report.put("broken_invariants", broken);
        StringBuilder md = new StringBuilder("# Drill summary\n\n");
        report.forEach((name, value) -> {
            md.append("## ").append(name).append("\n\n");
            if (name.equals("fuzz")) {
                md.append(FuzzSummary.markdown((Map<String, Object>) value));
            } else {
                md.append("```\n").append(Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value))
                        .append("\n```\n\n");
            }
        });
        Path summary = Report.write(root.resolve("bench/results"), "drill", report, md.toString());
        out.println("[drill] results: " + summary);
        if (!broken.isEmpty()) {
            out.println("[drill] BROKEN INVARIANTS: " + broken);
            System.exit(1);
        }
    }
}
