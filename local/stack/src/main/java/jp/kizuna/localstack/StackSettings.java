package jp.kizuna.localstack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack runs: ports, the data directory, and which infrastructure is external.
 * Every value comes from an environment variable with a default, so `make run` needs none and
 * anything can be moved (`GATEWAY_PORT=18080 make run`).
 *
 * @param root            the repository checkout whose build outputs are run
 * @param dataDir         Kafka's log, MongoDB's file, logs, pid files and the generated secret
 * @param externalMongoUri a real MongoDB to use instead of the embedded one ({@code MONGODB_URI})
 * @param externalKafka   a real Kafka to use instead of the local broker ({@code KAFKA_BOOTSTRAP_SERVERS})
 * @param bindAddress     the address every component listens on ({@code KIZUNA_BIND_ADDRESS}); the
 *                        loopback address unless told otherwise, so nothing is reachable from the network
 * @param rateLimits      whether the gateway limits calls ({@code KIZUNA_RATE_LIMITS_ENABLED}, default on;
 *                        the benchmarks turn them off)
 */
public record StackSettings(
        Path root,
        Path dataDir,
        Ports ports,
        Optional<String> externalMongoUri,
        Optional<String> externalKafka,
        List<String> serviceJvmOptions,
        String bindAddress,
        boolean rateLimits) {

    public record Ports(int gateway, int gatewayManagement, int registry, int kpi, int subsidy, int events,
                        int kafka, int kafkaController, int mongo, int auth, int web) {
    }

    /**
     * The JVM options of the Spring Boot processes ({@code KIZUNA_JAVA_OPTS} replaces them), sized for a
     * laptop or a small server running all eight at once: the serial collector (one core is enough for a
     * heap this size, and it has no concurrent threads); a small initial heap that grows under load to
     * 384 MB and is given back after a full collection once less than 70 % of it is free (MinHeapFreeRatio
     * and MaxHeapFreeRatio); metaspace and the code cache bounded; thread stacks at the JVM's default
     * (only the pages a thread touched are resident, and the PDF renderer recurses deeply); both
     * compilers, because the benchmarks measure throughput. See docs/performance.md (footprint).
     */
    public static final List<String> SPRING_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx384m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=256m",
            "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError");

    /** The Kafka broker's JVM ({@code KIZUNA_KAFKA_JAVA_OPTS} replaces them); its settings are in {@link KafkaBrokerFiles}. */
    public static final List<String> KAFKA_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=128m",
            "-XX:ReservedCodeCacheSize=48m", "-Xss512k", "-XX:MaxDirectMemorySize=64m", "-XX:+ExitOnOutOfMemoryError");

    /** The MongoDB server's JVM ({@code KIZUNA_MONGODB_JAVA_OPTS} replaces them). */
    public static final List<String> MONGODB_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms16m", "-Xmx256m",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:MaxMetaspaceSize=64m",
            "-XX:ReservedCodeCacheSize=32m", "-Xss512k", "-XX:+ExitOnOutOfMemoryError");

    /**
     * The environment of every process: glibc's malloc keeps at most two arenas instead of one per
     * core and thread group (8 × cores), which otherwise hold tens of MB of freed native memory each.
     */
    public static final Map<String, String> NATIVE_MEMORY = Map.of("MALLOC_ARENA_MAX", "2");

    /** The options an environment variable gives (split at spaces), or the defaults when it is unset or blank. */
    public static List<String> jvmOptions(String configured, List<String> defaults) {
        return Optional.ofNullable(blankToNull(configured))
                .map(options -> List.of(options.trim().split("\\s+")))
                .orElse(defaults);
    }

    /**
     * A stack of its own beside the usual one: every default port plus {@code offset}, and its own data
     * directory (the end-to-end tests and the benchmarks run on these).
     */
    static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("GATEWAY_PORT", 8080), Map.entry("GATEWAY_MANAGEMENT_PORT", 8090), Map.entry("REGISTRY_PORT", 8081),
            Map.entry("KPI_PORT", 8082), Map.entry("SUBSIDY_PORT", 8083), Map.entry("EVENTS_PORT", 8084),
            Map.entry("KAFKA_PORT", 9092), Map.entry("KAFKA_CONTROLLER_PORT", 9093), Map.entry("MONGODB_PORT", 27017),
            Map.entry("AUTH_PORT", 9000), Map.entry("WEB_PORT", 8085));

    public static StackSettings onShiftedPorts(Path root, Path dataDir, int offset) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("KIZUNA_DATA_DIR", dataDir.toString());
        DEFAULT_PORTS.forEach((name, port) -> env.put(name, Integer.toString(port + offset)));
        return fromEnvironment(root, env);
    }

    public static StackSettings fromEnvironment(Path root, Map<String, String> env) {
        Ports ports = new Ports(
                port(env, "GATEWAY_PORT"),
                port(env, "GATEWAY_MANAGEMENT_PORT"),
                port(env, "REGISTRY_PORT"),
                port(env, "KPI_PORT"),
                port(env, "SUBSIDY_PORT"),
                port(env, "EVENTS_PORT"),
                port(env, "KAFKA_PORT"),
                port(env, "KAFKA_CONTROLLER_PORT"),
                port(env, "MONGODB_PORT"),
                port(env, "AUTH_PORT"),
                port(env, "WEB_PORT"));
        Path dataDir = Optional.ofNullable(blankToNull(env.get("KIZUNA_DATA_DIR")))
                .map(Path::of).orElse(root.resolve(".kizuna"));
        List<String> jvm = jvmOptions(env.get("KIZUNA_JAVA_OPTS"), SPRING_JVM_OPTIONS);
        String bind = Optional.ofNullable(blankToNull(env.get("KIZUNA_BIND_ADDRESS"))).map(String::strip).orElse("127.0.0.1");
        boolean rateLimits = !"false".equalsIgnoreCase(Optional.ofNullable(env.get("KIZUNA_RATE_LIMITS_ENABLED")).orElse("").strip());
        return new StackSettings(root.toAbsolutePath().normalize(), dataDir.toAbsolutePath().normalize(), ports,
                Optional.ofNullable(blankToNull(env.get("MONGODB_URI"))),
                Optional.ofNullable(blankToNull(env.get("KAFKA_BOOTSTRAP_SERVERS"))), jvm, bind, rateLimits);
    }

    /** The same stack with the gateway's rate limits on or off (the benchmarks measure without them). */
    public StackSettings withRateLimits(boolean enabled) {
        return new StackSettings(root, dataDir, ports, externalMongoUri, externalKafka, serviceJvmOptions, bindAddress,
                enabled);
    }

    public String mongoUri() {
        return externalMongoUri.orElse("mongodb://127.0.0.1:" + ports.mongo());
    }

    public String kafkaBootstrapServers() {
        return externalKafka.orElse("127.0.0.1:" + ports.kafka());
    }

    public String issuerUri() {
        return "http://localhost:" + ports.auth();
    }

    public String gatewayUrl() {
        return "http://localhost:" + ports.gateway();
    }

    public Path logs() {
        return dataDir.resolve("logs");
    }

    public Path run() {
        return dataDir.resolve("run");
    }

    public Path clientSecretFile() {
        return dataDir.resolve("secrets").resolve("client-secret");
    }

    private static int port(Map<String, String> env, String name) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return DEFAULT_PORTS.get(name);
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(name + "=" + value + " is not a port number (1-65535).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
