package jp.kizuna.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher's command line, behind `make run`, `make stop`, `make status` and `make token`:
 * <pre>
 *   run                 start everything, report each component as it becomes ready, run until Ctrl-C
 *   stop                stop a stack started from this data directory
 *   status              show which components are up
 *   token ROLE [ORG]    print a bearer token for city-admin, city-staff, org-admin, partner or resident
 *   token-as EMAIL      print a person's token, signed in with the password in KIZUNA_PASSWORD
 * </pre>
 */
public final class LocalStackCli {


    private LocalStackCli() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path root = Path.of(System.getProperty("kizuna.root", ".")).toAbsolutePath().normalize();
        try {
            StackSettings settings = StackSettings.fromEnvironment(root, System.getenv());
            String command = args.length == 0 ? "run" : args[0];
            switch (command) {
                case "run" -> run(new LocalStack(settings), out);
                case "stop" -> stop(settings, out);
                case "status" -> status(new LocalStack(settings), out);
                case "token" -> out.println(token(settings, args));
                case "token-as" -> out.println(new LocalTokens(settings).forPerson(args.length > 1 ? args[1] : null,
                        System.getenv("KIZUNA_PASSWORD")));
                default -> throw new StackException("unknown command '" + command + "'; use run, stop, status, token or token-as");
            }
        } catch (StackException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(LocalStack stack, PrintStream out) {
        StackSettings settings = stack.settings();
        out.println("Starting Kizuna (data in " + settings.dataDir() + ", logs in " + settings.logs() + ")");
        writeLauncherPid(settings);
        CountDownLatch stopping = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.countDown();
            out.println();
            out.println("Stopping Kizuna…");
            stack.stop(out);
            deleteLauncherPid(settings);
            out.println("Kizuna stopped.");
            // A requested stop is a clean exit, not the 130/143 of the signal that asked for it.
            Runtime.getRuntime().halt(0);
        }, "kizuna-stop"));
        try {
            stack.start(out);
        } catch (StackException e) {
            System.err.println("✗ " + e.getMessage());
            System.exit(1);
        }
        StackSettings.Ports p = settings.ports();
        out.println();
        out.println("Kizuna is running.");
        out.println("  API (gateway)        " + settings.gatewayUrl() + "/api/registry | /api/kpi | /api/subsidies | /api/events");
        out.println("  Gateway health       http://localhost:" + p.gatewayManagement() + "/actuator/health");
        out.println("  Sign-in (issuer)     " + settings.issuerUri() + "/login   (demo people: README; make token AS=<e-mail> PASSWORD=…)");
        out.println("  Services             registry :" + p.registry() + "  kpi :" + p.kpi() + "  subsidies :"
                + p.subsidy() + "  events :" + p.events());
        out.println("  Kafka / MongoDB      " + settings.kafkaBootstrapServers() + "  /  " + settings.mongoUri());
        out.println("  Logs                 " + settings.logs());
        out.println("Press Ctrl-C (or run `make stop`) to stop everything.");
        watch(stack, out, stopping);
    }

    /** Reports a component that dies while the stack runs; the others keep running. */
    private static void watch(LocalStack stack, PrintStream out, CountDownLatch stopping) {
        java.util.Set<String> reported = new java.util.HashSet<>();
        try {
            while (!stopping.await(2, java.util.concurrent.TimeUnit.SECONDS)) {
                for (ManagedProcess process : stack.components()) {
                    if (!process.isAlive() && stopping.getCount() > 0 && reported.add(process.name())) {
                        out.println("  ✗ " + process.name() + " exited (code " + process.exitCode() + "); see "
                                + process.log());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stop(StackSettings settings, PrintStream out) {
        Path launcherPid = settings.run().resolve("launcher.pid");
        Optional<ProcessHandle> launcher = LocalStack.livePidFrom(launcherPid);
        if (launcher.isPresent()) {
            out.println("Stopping Kizuna (launcher pid " + launcher.get().pid() + ")…");
            launcher.get().destroy();
            launcher.get().onExit().orTimeout(90, java.util.concurrent.TimeUnit.SECONDS).exceptionally(e -> null).join();
        }
        // Components left behind by a launcher that was killed outright.
        boolean any = launcher.isPresent();
        try (var pidFiles = Files.list(settings.run())) {
            for (Path pidFile : pidFiles.filter(f -> f.toString().endsWith(".pid")).toList()) {
                Optional<ProcessHandle> leftover = LocalStack.livePidFrom(pidFile);
                if (leftover.isPresent()) {
                    any = true;
                    out.println("  ■ stopping " + pidFile.getFileName().toString().replace(".pid", "")
                            + " (pid " + leftover.get().pid() + ")");
                    leftover.get().destroy();
                    leftover.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS)
                            .exceptionally(e -> {
                                leftover.get().destroyForcibly();
                                return null;
                            }).join();
                }
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException noRunDirectory) {
            // Nothing was ever started from this data directory.
        }
        out.println(any ? "Kizuna stopped." : "Kizuna is not running (nothing to stop in " + settings.dataDir() + ").");
    }

    private static void status(LocalStack stack, PrintStream out) {
        for (ManagedProcess process : stack.components()) {
            Optional<ProcessHandle> pid = LocalStack.livePidFrom(stack.settings().run().resolve(process.name() + ".pid"));
            out.printf("  %-22s %-26s %s%n", process.name(), process.address(),
                    pid.map(handle -> "running (pid " + handle.pid() + ")").orElse("stopped"));
        }
    }

    private static String token(StackSettings settings, String[] args) {
        if (args.length < 2) {
            throw new StackException("usage: make token ROLE=<role> [ORG=<organization id>]; roles: "
                    + String.join(", ", LocalTokens.ROLES));
        }
        return new LocalTokens(settings).issue(args[1], args.length > 2 ? args[2] : null);
    }

    private static void writeLauncherPid(StackSettings settings) {
        try {
            Files.createDirectories(settings.run());
            Path pidFile = settings.run().resolve("launcher.pid");
            Optional<ProcessHandle> other = LocalStack.livePidFrom(pidFile);
            if (other.isPresent() && other.get().pid() != ProcessHandle.current().pid()) {
                throw new StackException("Kizuna is already running from " + settings.dataDir() + " (launcher pid "
                        + other.get().pid() + "). Stop it first with `make stop`.");
            }
            Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()));
        } catch (IOException e) {
            throw new StackException("cannot write to " + settings.run() + ": " + e.getMessage(), e);
        }
    }

    private static void deleteLauncherPid(StackSettings settings) {
        try {
            Files.deleteIfExists(settings.run().resolve("launcher.pid"));
        } catch (IOException ignored) {
            // A stale pid file is checked for a live process before it is trusted.
        }
    }
}
