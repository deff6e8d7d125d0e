package jp.kizuna.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The whole platform on one machine, each component its own process, started in three waves:
 * infrastructure (Kafka, MongoDB), then the token issuer and the four services, then the gateway.
 * Every component listens on the loopback address unless {@code KIZUNA_BIND_ADDRESS} says otherwise,
 * and the gateway's rate limits are on (sized for one office, profile {@code local-stack}).
 * Used by `make run` and, unchanged, by the end-to-end tests.
 */
public final class LocalStack {

    public static final String KAFKA = "kafka";
    public static final String MONGODB = "mongodb";
    public static final String AUTH = "auth-server";
    public static final String REGISTRY = "organization-registry";
    public static final String KPI = "kpi-evaluation";
    public static final String SUBSIDY = "subsidy-budget";
    public static final String EVENTS = "events-workshops";
    public static final String GATEWAY = "gateway";
    public static final String WEB = "web";

    /** How long a component may take to become ready; {@code KIZUNA_STACK_READY_SECONDS} on a machine busy with other work. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(readySeconds(System.getenv("KIZUNA_STACK_READY_SECONDS")));
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final StackSettings settings;
    private final String javaBinary;
    private final Map<String, ManagedProcess> components = new LinkedHashMap<>();
    private final List<List<String>> waves = new ArrayList<>();

    public LocalStack(StackSettings settings) {
        this.settings = settings;
        this.javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path secrets = settings.clientSecretFile().getParent();
        defineComponents(clientSecret(), RsaKeyFiles.in(secrets, RsaKeyFiles.GATEWAY_TOKEN),
                RsaKeyFiles.in(secrets, RsaKeyFiles.ISSUER_SIGNING));
    }

    public StackSettings settings() {
        return settings;
    }

    public ManagedProcess component(String name) {
        ManagedProcess process = components.get(name);
        if (process == null) {
            throw new StackException("no component named " + name + "; known: " + components.keySet());
        }
        return process;
    }

    public List<ManagedProcess> components() {
        return List.copyOf(components.values());
    }

    /** The secret the local clients authenticate with, generated once per data directory. */
    public String clientSecret() {
        Path file = settings.clientSecretFile();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] bytes = new byte[24];
                new SecureRandom().nextBytes(bytes);
                Files.writeString(file, HexFormat.of().formatHex(bytes), StandardCharsets.UTF_8);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // The file still lives only in the data directory, which git ignores.
                }
            }
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new StackException("cannot read or create " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks that nothing of an earlier run is alive and every port is free, then starts each wave
     * and waits until all of its components are ready. On any failure everything started is
     * stopped again and the exception says what went wrong.
     */
    public void start(PrintStream out) {
        checkNotAlreadyRunning();
        checkPortsFree();
        try {
            for (List<String> wave : waves) {
                startWave(wave, out);
            }
        } catch (RuntimeException e) {
            stop(null);
            throw e;
        }
    }

    private void startWave(List<String> wave, PrintStream out) {
        List<CompletableFuture<Void>> starting = new ArrayList<>();
        for (String name : wave) {
            ManagedProcess process = components.get(name);
            long started = System.nanoTime();
            process.start();
            starting.add(CompletableFuture.runAsync(() -> {
                process.awaitReady(READY_TIMEOUT);
                double seconds = (System.nanoTime() - started) / 1e9;
                out.printf("  ✓ %-22s %-24s ready in %.1f s%n", process.name(), process.address(), seconds);
            }));
        }
        try {
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** Stops every component, gateway first and Kafka last. */
    public void stop(PrintStream out) {
        List<ManagedProcess> reversed = new ArrayList<>(components.values());
        Collections.reverse(reversed);
        for (ManagedProcess process : reversed) {
            if (process.isAlive()) {
                process.stop(STOP_GRACE);
                if (out != null) {
                    out.printf("  ■ %s stopped%n", process.name());
                }
            }
        }
    }

    /** Restarts one component (after a kill or a stop) and waits until it is ready again. */
    public void restart(String name) {
        ManagedProcess process = component(name);
        process.stop(STOP_GRACE);
        process.start();
        process.awaitReady(READY_TIMEOUT);
    }

    private void checkNotAlreadyRunning() {
        for (String name : components.keySet()) {
            Optional<ProcessHandle> alive = livePidFrom(settings.run().resolve(name + ".pid"));
            if (alive.isPresent()) {
                throw new StackException("Kizuna is already running from " + settings.dataDir() + " (" + name
                        + " has pid " + alive.get().pid() + "). Stop it first with `make stop`.");
            }
        }
    }

    private void checkPortsFree() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        StackSettings.Ports p = settings.ports();
        if (settings.externalKafka().isEmpty()) {
            ports.put("Kafka (KAFKA_PORT)", p.kafka());
            ports.put("Kafka controller (KAFKA_CONTROLLER_PORT)", p.kafkaController());
        }
        if (settings.externalMongoUri().isEmpty()) {
            ports.put("MongoDB (MONGODB_PORT)", p.mongo());
        }
        ports.put("authorization server (AUTH_PORT)", p.auth());
        ports.put("organization registry (REGISTRY_PORT)", p.registry());
        ports.put("KPI service (KPI_PORT)", p.kpi());
        ports.put("subsidy service (SUBSIDY_PORT)", p.subsidy());
        ports.put("events service (EVENTS_PORT)", p.events());
        ports.put("gateway (GATEWAY_PORT)", p.gateway());
        ports.put("gateway management (GATEWAY_MANAGEMENT_PORT)", p.gatewayManagement());
        ports.put("web pages (WEB_PORT)", p.web());
        List<String> taken = new ArrayList<>();
        ports.forEach((what, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " for the " + what);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackException("Cannot start: " + String.join(", ", taken) + " is already in use. "
                    + "Stop whatever uses it, or choose other ports, e.g. `GATEWAY_PORT=18080 make run`.");
        }
    }

    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The live process a pid file names, if it is still a Java process (pids are reused). */
    static Optional<ProcessHandle> livePidFrom(Path pidFile) {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(handle -> handle.info().command().map(command -> command.contains("java")).orElse(true));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void defineComponents(String clientSecret, RsaKeyFiles gatewayToken, RsaKeyFiles issuerKey) {
        StackSettings.Ports p = settings.ports();
        Path root = settings.root();
        List<String> infrastructure = new ArrayList<>();

        if (settings.externalKafka().isEmpty()) {
            KafkaBrokerFiles kafka = new KafkaBrokerFiles(settings);
            define(KAFKA, "127.0.0.1:" + p.kafka(),
                    List.of(javaBinary, "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC", "-cp", kafka.classpath(),
                            "kafka.Kafka", kafka.properties().toString()),
                    Map.of(), ReadinessProbe.logLine(log(KAFKA), "Kafka Server started", p.kafka()),
                    () -> kafka.prepare(javaBinary), infrastructure);
        }
        if (settings.externalMongoUri().isEmpty()) {
            Path server = root.resolve("local/mongo-server/target");
            define(MONGODB, "127.0.0.1:" + p.mongo(),
                    List.of(javaBinary, "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                            "-cp", server.resolve("kizuna-local-mongo-server.jar") + ":" + server.resolve("lib") + "/*",
                            "jp.kizuna.localstack.mongo.MongoServerMain", Integer.toString(p.mongo()),
                            settings.dataDir().resolve("mongo/kizuna.mv.db").toString()),
                    Map.of(), ReadinessProbe.tcp(p.mongo()), () -> { }, infrastructure);
        }
        waves.add(infrastructure);

        List<String> services = new ArrayList<>();
        // the issuer keeps people's accounts in MongoDB, so it starts with the services
        define(AUTH, settings.issuerUri(),
                springBoot("local/auth-server/target/kizuna-local-auth-server.jar"),
                Map.of("AUTH_PORT", Integer.toString(p.auth()),
                        "KIZUNA_BIND_ADDRESS", settings.bindAddress(),
                        "KIZUNA_ISSUER_URI", settings.issuerUri(),
                        "KIZUNA_LOCAL_CLIENT_SECRET", clientSecret,
                        "KIZUNA_ISSUER_SIGNING_KEY", issuerKey.privateKeyLocation(),
                        "MONGODB_URI", settings.mongoUri(),
                        "KIZUNA_PUBLIC_API_URL", settings.gatewayUrl(),
                        "KIZUNA_WEB_REDIRECT_URIS", settings.gatewayUrl() + "/login/oauth2/code/kizuna",
                        "KIZUNA_WEB_POST_LOGOUT_URIS", settings.gatewayUrl() + "/"),
                ReadinessProbe.readinessEndpoint(p.auth()), () -> { }, services);
        service(REGISTRY, "REGISTRY_PORT", p.registry(), gatewayToken, services);
        service(KPI, "KPI_PORT", p.kpi(), gatewayToken, services);
        service(SUBSIDY, "SUBSIDY_PORT", p.subsidy(), gatewayToken, services);
        service(EVENTS, "EVENTS_PORT", p.events(), gatewayToken, services);
        waves.add(services);

        Map<String, String> gateway = new java.util.HashMap<>(Map.of(
                "GATEWAY_PORT", Integer.toString(p.gateway()),
                "GATEWAY_MANAGEMENT_PORT", Integer.toString(p.gatewayManagement()),
                "SERVER_ADDRESS", settings.bindAddress(),
                "MANAGEMENT_SERVER_ADDRESS", settings.bindAddress(),
                "REGISTRY_URL", "http://127.0.0.1:" + p.registry(),
                "KPI_URL", "http://127.0.0.1:" + p.kpi(),
                "SUBSIDY_URL", "http://127.0.0.1:" + p.subsidy(),
                "EVENTS_URL", "http://127.0.0.1:" + p.events(),
                "KIZUNA_ISSUER_URI", settings.issuerUri(),
                "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers()));
        gateway.put("KIZUNA_GATEWAY_TOKEN_PRIVATE_KEY", gatewayToken.privateKeyLocation());
        gateway.put("SPRING_PROFILES_ACTIVE", "local-stack");
        gateway.put("KIZUNA_RATE_LIMITS_ENABLED", Boolean.toString(settings.rateLimits()));
        gateway.put("WEB_URL", "http://127.0.0.1:" + p.web());
        List<String> edge = new ArrayList<>();
        define(GATEWAY, settings.gatewayUrl(), springBoot("gateway/target/kizuna-gateway.jar"), gateway,
                ReadinessProbe.readinessEndpoint(p.gatewayManagement()), () -> { }, edge);
        // the pages: reached through the gateway only, they call the public API through it too
        define(WEB, "http://localhost:" + p.web(), springBoot("web/target/kizuna-web.jar"),
                Map.of("WEB_PORT", Integer.toString(p.web()),
                        "SERVER_ADDRESS", settings.bindAddress(),
                        "KIZUNA_ISSUER_URI", settings.issuerUri(),
                        "KIZUNA_WEB_CLIENT_SECRET", clientSecret + "-web",
                        "KIZUNA_PUBLIC_API_URL", "http://127.0.0.1:" + p.gateway()),
                ReadinessProbe.readinessEndpoint(p.web()), () -> { }, edge);
        waves.add(edge);
    }

    static long readySeconds(String configured) {
        if (configured == null || configured.isBlank()) {
            return 240;
        }
        try {
            long seconds = Long.parseLong(configured.strip());
            if (seconds >= 30 && seconds <= 3600) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new IllegalArgumentException("KIZUNA_STACK_READY_SECONDS=" + configured + " is not a number of seconds from 30 to 3600");
    }

    private void service(String name, String portVariable, int port, RsaKeyFiles gatewayToken, List<String> wave) {
        define(name, "http://localhost:" + port, springBoot("services/" + name + "/target/kizuna-" + name + ".jar"),
                Map.of(portVariable, Integer.toString(port),
                        "SERVER_ADDRESS", settings.bindAddress(),
                        "MONGODB_URI", settings.mongoUri(),
                        "KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers(),
                        "KIZUNA_ISSUER_URI", settings.issuerUri(),
                        "KIZUNA_GATEWAY_TOKEN_PUBLIC_KEY", gatewayToken.publicKeyLocation(),
                        "KIZUNA_PUBLIC_URL", settings.gatewayUrl(),
                        // partners' test receivers on this machine may be plain http (read by the events service)
                        "KIZUNA_EVENTS_WEBHOOKS_ALLOW_HTTP_LOOPBACK", "true"),
                ReadinessProbe.readinessEndpoint(port), () -> { }, wave);
    }

    private List<String> springBoot(String jar) {
        Path path = settings.root().resolve(jar);
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(settings.serviceJvmOptions());
        command.add("-jar");
        command.add(path.toString());
        return command;
    }

    private void define(String name, String address, List<String> command, Map<String, String> environment,
                        ReadinessProbe readiness, Runnable beforeStart, List<String> wave) {
        Runnable checkedBeforeStart = () -> {
            checkBuilt(command);
            beforeStart.run();
        };
        components.put(name, new ManagedProcess(name, address, command, environment, settings.root(), log(name),
                settings.run().resolve(name + ".pid"), readiness, checkedBeforeStart));
        wave.add(name);
    }

    private static void checkBuilt(List<String> command) {
        for (String argument : command) {
            for (String part : argument.split(File.pathSeparator)) {
                boolean missingJar = part.endsWith(".jar") && !Files.exists(Path.of(part));
                boolean missingLib = part.endsWith("/*") && !Files.isDirectory(Path.of(part.substring(0, part.length() - 2)));
                if (missingJar || missingLib) {
                    throw new StackException(part + " does not exist. Build first with `make build` "
                            + "(`make run` builds what is missing).");
                }
            }
        }
    }

    private Path log(String name) {
        return settings.logs().resolve(name + ".log");
    }
}
