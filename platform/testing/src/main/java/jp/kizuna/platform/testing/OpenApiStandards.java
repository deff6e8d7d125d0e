package jp.kizuna.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Checks a service's OpenAPI document with the tools an integrator uses, not ours: Redocly's linter
 * ({@code recommended} rules), Spectral ({@code spectral:oas}) and OpenAPI Generator (a Java and a
 * TypeScript client, with the generator's own validation on). Each must report no error. The tools run
 * on the machine's Node.js from {@code target/openapi-tools} ({@code bin/openapi-tools} installs them,
 * pinned; they are installed here when missing); where Node.js or the tools cannot be had the check is
 * skipped with a message that says so.
 *
 * <p>The document and the tools' reports are kept under the module's {@code target/openapi/}.
 */
public final class OpenApiStandards {

    private static final long TOOL_MINUTES = 4;

    private OpenApiStandards() {
    }

    /**
     * The directory of the installed tools' commands ({@code node_modules/.bin} of {@code target/openapi-tools},
     * where {@link #run} runs them), installing them first when one is missing; where they cannot be had, the
     * calling test is skipped with a message naming {@code what} it would have checked.
     */
    public static Path installedTools(String what) {
        Path root = repositoryRoot();
        Path bin = toolsDirectory().resolve("node_modules/.bin");
        List<String> commands = List.of("redocly", "spectral", "openapi-generator-cli", "tsc");
        if (!commands.stream().allMatch(command -> Files.isExecutable(bin.resolve(command)))) {
            try {
                Files.createDirectories(root.resolve("target")); // a fresh checkout has none for the install's log
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            run(List.of(root.resolve("bin/openapi-tools").toString()), root, root.resolve("target/openapi-tools.log"));
        }
        Assumptions.assumeTrue(commands.stream().allMatch(command -> Files.isExecutable(bin.resolve(command))),
                "The OpenAPI tools are not installed (Node.js and npm are needed; bin/openapi-tools installs them into "
                        + toolsDirectory() + "): " + what + " skipped");
        return bin;
    }

    /** Writes the document to {@code target/openapi/<name>.json} and fails on any error of the three tools. */
    public static void check(String name, String document) {
        Path bin = installedTools("the lint and client generation checks of " + name);
        Path tools = toolsDirectory();
        Path out = Path.of("target/openapi").toAbsolutePath();
        try {
            Files.createDirectories(out);
            Path file = out.resolve(name + ".json");
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Path ruleset = out.resolve(".spectral.yaml");
            Files.writeString(ruleset, "extends: [\"spectral:oas\"]\n", StandardCharsets.UTF_8);
            List<String> failures = new ArrayList<>();
            expectSuccess(failures, "redocly lint (recommended)", out.resolve(name + ".redocly.txt"), tools,
                    List.of(bin.resolve("redocly").toString(), "lint", "--extends=recommended", "--format=stylish",
                            file.toString()));
            expectSuccess(failures, "spectral lint (spectral:oas)", out.resolve(name + ".spectral.txt"), tools,
                    List.of(bin.resolve("spectral").toString(), "lint", "--ruleset", ruleset.toString(),
                            "--fail-severity=error", "--format=text", file.toString()));
            for (String generator : List.of("java", "typescript-fetch")) {
                Path client = out.resolve("clients").resolve(name + "-" + generator);
                expectSuccess(failures, "openapi-generator " + generator, out.resolve(name + "." + generator + ".txt"), tools,
                        List.of(bin.resolve("openapi-generator-cli").toString(), "generate", "-g", generator,
                                "-i", file.toString(), "-o", client.toString()));
            }
            assertThat(failures).as("what the OpenAPI tools found in " + file).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void expectSuccess(List<String> failures, String what, Path report, Path workDir, List<String> command) {
        int exit = run(command, workDir, report);
        if (exit != 0) {
            String text;
            try {
                text = Files.readString(report, StandardCharsets.UTF_8);
            } catch (IOException e) {
                text = "(no report: " + e.getMessage() + ")";
            }
            failures.add(what + " exited " + exit + " (report " + report + "):\n" + tail(text, 6000));
        }
    }

    private static Path toolsDirectory() {
        return repositoryRoot().resolve("target/openapi-tools");
    }

    /**
     * Runs one of the {@linkplain #installedTools tools} (or any command) in {@code workDir} with the test's JDK
     * on the path, its output to {@code output}; the exit code, -1 when it ran longer than a few minutes.
     * The OpenAPI Generator's npm wrapper needs to run in the tools' directory (its pinned version).
     */
    public static int run(List<String> command, Path workDir, Path output) {
        return run(command, workDir, output, Map.of());
    }

    /** {@link #run(List, Path, Path)} with these variables added to the command's environment. */
    public static int run(List<String> command, Path workDir, Path output, Map<String, String> environment) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().putAll(environment);
            // the generator's npm wrapper finds its pinned version (openapitools.json) through PWD
            builder.environment().put("PWD", workDir.toAbsolutePath().toString());
            builder.environment().put("REDOCLY_TELEMETRY", "off");
            builder.environment().put("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true");
            builder.environment().put("NO_UPDATE_NOTIFIER", "1");
            builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("PATH", System.getProperty("java.home") + File.separator + "bin"
                    + File.pathSeparator + builder.environment().getOrDefault("PATH", ""));
            Process process = builder.start();
            if (!process.waitFor(TOOL_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            Assumptions.abort("Cannot run " + command.getFirst() + " (" + e.getMessage() + "); the OpenAPI checks are skipped");
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(String text, int max) {
        return text.length() <= max ? text : "…" + text.substring(text.length() - max);
    }

    /** The checkout: {@code kizuna.root} when the build sets it, else the nearest parent with the Maven wrapper. */
    static Path repositoryRoot() {
        String configured = System.getProperty("kizuna.root");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("mvnw")) && Files.exists(dir.resolve("bin/openapi-tools")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("cannot find the repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
