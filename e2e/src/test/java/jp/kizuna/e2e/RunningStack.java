package jp.kizuna.e2e;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import jp.kizuna.localstack.LocalStack;
import jp.kizuna.localstack.LocalTokens;
import jp.kizuna.localstack.StackSettings;
import jp.kizuna.platform.testing.ApiClient;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the platform once for the whole end-to-end run, with the launcher `make run` uses, on
 * ports shifted by {@code KIZUNA_E2E_PORT_OFFSET} (default 10000) and a fresh data directory, so
 * that it never collides with a stack a developer is running. Stops it when the run ends. With
 * {@code KIZUNA_E2E_RUNNING_STACK=<its data directory>} the tests use a stack already running on those ports
 * instead (quicker while writing a test); it is neither started nor stopped.
 */
public final class RunningStack implements BeforeAllCallback {

    private static LocalStack stack;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(RunningStack.class.getName(), key -> start(), StackHandle.class);
    }

    public static LocalStack stack() {
        return stack;
    }

    public static ApiClient gateway() {
        return new ApiClient(stack.settings().gatewayUrl());
    }

    public static String token(String role) {
        return new LocalTokens(stack.settings()).issue(role, null);
    }

    public static String token(String role, String organizationId) {
        return new LocalTokens(stack.settings()).issue(role, organizationId);
    }

    /** A person's token, signed in at the issuer's sign-in form as the web portal does (the demo people). */
    public static String personToken(String email, String password) {
        return new LocalTokens(stack.settings()).forPerson(email, password);
    }

    private static StackHandle start() {
        Path root = Path.of(System.getProperty("kizuna.root", "..")).toAbsolutePath().normalize();
        int offset = Integer.parseInt(System.getenv().getOrDefault("KIZUNA_E2E_PORT_OFFSET", "10000"));
        String running = System.getenv("KIZUNA_E2E_RUNNING_STACK");
        if (running != null && !running.isBlank()) {
            // a developer's stack already running on these ports from this data directory: used, not started or stopped
            stack = new LocalStack(StackSettings.onShiftedPorts(root, Path.of(running).toAbsolutePath(), offset));
            return new StackHandle(null);
        }
        Path dataDir = Path.of(System.getProperty("kizuna.e2e.data", "target/stack-data")).toAbsolutePath();
        deleteRecursively(dataDir);
        stack = new LocalStack(StackSettings.onShiftedPorts(root, dataDir, offset));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.println("Starting the platform for the end-to-end tests (data in " + dataDir + ")");
        stack.start(out);
        return new StackHandle(stack);
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops the platform when the JUnit run is over. */
    record StackHandle(LocalStack stack) implements AutoCloseable {

        @Override
        public void close() {
            if (stack != null) {
                stack.stop(new PrintStream(System.out, true, StandardCharsets.UTF_8));
            }
        }
    }
}
