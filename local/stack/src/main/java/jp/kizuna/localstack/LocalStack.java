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
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The whole platform on one machine, each component its own process. Each component starts as soon
 * as the components it needs while it starts are ready, and no later (see {@link #startDependencies()}):
 * Kafka and MongoDB at once; the issuer after MongoDB (people's accounts); the four services after
 * Kafka and MongoDB (their topics and indexes; they fetch the issuer's keys on the first call only);
 * the gateway after Kafka and the four services (it reads the API-key topic and, once ready, the
 * services' API documents); the web pages after the issuer (OpenID discovery at start), so neither the
 * issuer nor the web waits for the services any more. Every component listens on the loopback address unless {@code KIZUNA_BIND_ADDRESS} says otherwise,
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
    /** {@code KIZUNA_AOT_CACHE=false} starts the executable jars even where the build made an AOT cache. */
    private static final boolean AOT_CACHE_WANTED = !"false".equalsIgnoreCase(
            Optional.ofNullable(System.getenv("KIZUNA_AOT_CACHE")).orElse("").strip());

    private final StackSettings settings;
    private final String javaBinary;
    private final Map<String, ManagedProcess> components = new LinkedHashMap<>();
    /** Component → the components that must be ready before it starts, in the order they are defined. */
    private final Map<String, List<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, Duration> readyTimes = Collections.synchronizedMap(new LinkedHashMap<>());

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
     * Checks that nothing of an earlier run is alive and every port is free, then starts every
     * component as soon as its dependencies are ready and waits until all are ready. On any failure
     * nothing more is started, everything started is stopped again and the exception says what went
     * wrong (the first failure, not the components that then could not start).
     */
    public void start(PrintStream out) {
        checkNotAlreadyRunning();
        checkPortsFree();
        readyTimes.clear();
        new StartUp(out).run();
    }

    /** What each component waits for before it starts (only components this stack runs itself). */
    public Map<String, List<String>> startDependencies() {
        return Collections.unmodifiableMap(dependencies);
    }

    /**
     * How long each component took from its launch to ready, in the order they became ready, for the
     * last {@link #start} (and {@link #restart}s since). Empty before the first start.
     */
    public Map<String, Duration> readyTimes() {
        synchronized (readyTimes) {
            return Collections.unmodifiableMap(new LinkedHashMap<>(readyTimes));
        }
    }

    /** One start of the whole stack: a future per component that its dependents wait for. */
    private final class StartUp {

        private final PrintStream out;
        private final long launched = System.nanoTime();
        private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
        private volatile boolean abandoned;

        StartUp(PrintStream out) {
            this.out = out;
        }

        void run() {
            Map<String, CompletableFuture<Void>> ready = new LinkedHashMap<>();
            try (ExecutorService starters = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("start-", 0).factory())) {
                dependencies.forEach((name, needs) -> {
                    CompletableFuture<?>[] before = needs.stream().map(ready::get).toArray(CompletableFuture[]::new);
                    CompletableFuture<Void> started = CompletableFuture.allOf(before)
                            .thenRunAsync(() -> startAndAwait(name), starters);
                    started.whenComplete((done, error) -> {
                        if (error != null) {
                            fail(error instanceof CompletionException ? error.getCause() : error);
                        }
                    });
                    ready.put(name, started);
                });
                CompletableFuture.allOf(ready.values().toArray(CompletableFuture[]::new)).exceptionally(error -> null).join();
            }
            RuntimeException first = failure.get();
            if (first != null) {
                stop(null);
                throw first;
            }
        }

        private void startAndAwait(String name) {
            ManagedProcess process = components.get(name);
            if (abandoned) {
                return;
            }
            long started = System.nanoTime();
            // not under a lock: Kafka's start formats its storage first, and nothing else should wait for that
            process.start();
            if (abandoned) {
                // another component failed while this one was being launched, after the others were stopped
                process.stop(STOP_GRACE);
                return;
            }
            process.awaitReady(READY_TIMEOUT);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            readyTimes.put(name, took);
            out.printf("  ✓ %-22s %-24s ready in %.1f s (at %.1f s)%n", process.name(), process.address(),
                    took.toMillis() / 1000.0, (System.nanoTime() - launched) / 1e9);
        }

        /** The first failure stops the start: nothing more is launched and what runs is stopped. */
        private void fail(Throwable error) {
            RuntimeException cause = error instanceof RuntimeException runtime ? runtime
                    : new StackException("starting failed: " + error, error);
            boolean first = failure.compareAndSet(null, cause);
            abandoned = true;
            if (first) {
                // the components still starting exit, so that their waits end now rather than at their timeout
                stop(null);
            }
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
        long started = System.nanoTime();
        process.start();
        process.awaitReady(READY_TIMEOUT);
        readyTimes.put(name, Duration.ofNanos(System.nanoTime() - started));
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

        if (settings.externalKafka().isEmpty()) {
            KafkaBrokerFiles kafka = new KafkaBrokerFiles(settings);
            define(KAFKA, "127.0.0.1:" + p.kafka(),
                    command(StackSettings.jvmOptions(System.getenv("KIZUNA_KAFKA_JAVA_OPTS"), StackSettings.KAFKA_JVM_OPTIONS), "-cp", kafka.classpath(), "kafka.Kafka", kafka.properties().toString()),
                    Map.of(), ReadinessProbe.logLine(log(KAFKA), "Kafka Server started", p.kafka()),
                    () -> kafka.prepare(javaBinary));
        }
        if (settings.externalMongoUri().isEmpty()) {
            Path server = root.resolve("local/mongo-server/target");
            define(MONGODB, "127.0.0.1:" + p.mongo(),
                    command(StackSettings.jvmOptions(System.getenv("KIZUNA_MONGODB_JAVA_OPTS"), StackSettings.MONGODB_JVM_OPTIONS),
                            "-cp", server.resolve("kizuna-local-mongo-server.jar") + ":" + server.resolve("lib") + "/*",
                            "jp.kizuna.localstack.mongo.MongoServerMain", Integer.toString(p.mongo()),
                            settings.dataDir().resolve("mongo/kizuna.mv.db").toString()),
                    Map.of(), ReadinessProbe.tcp(p.mongo()), () -> { });
        }

        // the issuer keeps people's accounts in MongoDB (indexes and demo people at start)
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
                ReadinessProbe.readinessEndpoint(p.auth()), () -> { }, MONGODB);
        service(REGISTRY, "REGISTRY_PORT", p.registry(), gatewayToken);
        service(KPI, "KPI_PORT", p.kpi(), gatewayToken);
        service(SUBSIDY, "SUBSIDY_PORT", p.subsidy(), gatewayToken);
        service(EVENTS, "EVENTS_PORT", p.events(), gatewayToken);

        Map<String, String> gateway = new HashMap<>(Map.of(
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
        // the gateway reads the services' API documents once it is ready (its documented-routes check; a
        // document it could not read then is read by the first call, which waits for it) and follows the
        // API-key topic from the start; the issuer's keys are fetched with the first token
        define(GATEWAY, settings.gatewayUrl(), springBoot("gateway/target/kizuna-gateway.jar"), gateway,
                ReadinessProbe.readinessEndpoint(p.gatewayManagement()), () -> { }, KAFKA, REGISTRY, KPI, SUBSIDY, EVENTS);
        // the pages: reached through the gateway only, they call the public API through it too; they
        // read the issuer's OpenID configuration at start
        define(WEB, "http://localhost:" + p.web(), springBoot("web/target/kizuna-web.jar"),
                Map.of("WEB_PORT", Integer.toString(p.web()),
                        "SERVER_ADDRESS", settings.bindAddress(),
                        "KIZUNA_ISSUER_URI", settings.issuerUri(),
                        "KIZUNA_WEB_CLIENT_SECRET", clientSecret + "-web",
                        "KIZUNA_PUBLIC_API_URL", "http://127.0.0.1:" + p.gateway()),
                ReadinessProbe.readinessEndpoint(p.web()), () -> { }, AUTH);
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

    private void service(String name, String portVariable, int port, RsaKeyFiles gatewayToken) {
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
                ReadinessProbe.readinessEndpoint(port), () -> { }, KAFKA, MONGODB);
    }

    private List<String> command(List<String> jvmOptions, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(jvmOptions);
        command.addAll(List.of(arguments));
        return command;
    }

    /**
     * The command of a Spring Boot application: its extracted form with the JDK AOT cache the build made
     * (target/aot/, JDK 25+, see {@link #aotCache}), otherwise the executable jar. A cache the JVM cannot
     * use (another JDK, a jar changed since) is ignored with a warning in the log and the start goes on.
     */
    private List<String> springBoot(String jar) {
        Path path = settings.root().resolve(jar);
        List<String> command = new ArrayList<>();
        command.add(javaBinary);
        command.addAll(settings.serviceJvmOptions());
        Optional<AotCache> cache = AOT_CACHE_WANTED ? aotCache(path) : Optional.empty();
        cache.ifPresent(found -> command.add("-XX:AOTCache=" + found.cache()));
        command.add("-jar");
        command.add(cache.map(AotCache::extractedJar).orElse(path).toString());
        return command;
    }

    /** An application's extracted jar and the AOT cache trained on it. */
    record AotCache(Path extractedJar, Path cache) {
    }

    /**
     * The cache beside an executable jar ({@code target/aot/<name>.jar} and {@code <name>.aot}), when both
     * exist and the cache is not older than the executable jar (the build touches it when it finds the
     * jar's contents unchanged; a jar built since with {@code -Dkizuna.aot.skip} is newer, so it runs
     * as it is).
     */
    static Optional<AotCache> aotCache(Path executableJar) {
        String file = executableJar.getFileName().toString();
        Path directory = executableJar.resolveSibling("aot");
        Path extracted = directory.resolve(file);
        Path cache = directory.resolve(file.replaceFirst("\\.jar$", "") + ".aot");
        try {
            if (Files.isRegularFile(extracted) && Files.isRegularFile(cache) && Files.isRegularFile(executableJar)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(executableJar)) >= 0) {
                return Optional.of(new AotCache(extracted, cache));
            }
        } catch (IOException e) {
            // unreadable: start from the executable jar
        }
        return Optional.empty();
    }

    private void define(String name, String address, List<String> command, Map<String, String> environment,
                        ReadinessProbe readiness, Runnable beforeStart, String... needs) {
        Runnable checkedBeforeStart = () -> {
            checkBuilt(command);
            beforeStart.run();
        };
        Map<String, String> withNativeMemory = new HashMap<>(StackSettings.NATIVE_MEMORY);
        withNativeMemory.putAll(environment);
        components.put(name, new ManagedProcess(name, address, command, withNativeMemory, settings.root(), log(name),
                settings.run().resolve(name + ".pid"), readiness, checkedBeforeStart));
        // an external Kafka or MongoDB is not started here, so nothing waits for it
        dependencies.put(name, Arrays.stream(needs).filter(components::containsKey).toList());
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
