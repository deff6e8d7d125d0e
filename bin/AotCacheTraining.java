import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Creates a Spring Boot application's JDK AOT cache at build time (JDK 25+, run by the build's
 * `aot-cache` profile during `package`; `-Dkizuna.aot.skip` leaves it out):
 * <ol>
 * <li>extracts the executable jar ({@code java -Djarmode=tools -jar app.jar extract}) into the destination,</li>
 * <li>runs the extracted application once with {@code -XX:AOTCacheOutput} and
 *     {@code -Dspring.context.exit=onRefresh}: every singleton is created, nothing is started, and the
 *     JVM writes the classes it loaded and linked (and their profiles) into {@code <app>.aot} at exit.</li>
 * </ol>
 * The local stack's launcher starts the extracted jar with {@code -XX:AOTCache} when the cache is newer
 * than the executable jar, otherwise the executable jar as before.
 *
 * <p>The build rewrites every jar, so the training run would be repeated for every application at every
 * build: it is skipped when the executable jar holds the same entries (names, sizes and CRCs; a nested
 * jar's own entries by name and content, since a rebuilt jar differs in its entries' times) as at the
 * last training with the same JVM and options, and the cache is then only touched (the extracted jars
 * keep their times: the JVM checks them against the cache).
 *
 * <p>Usage: {@code java AotCacheTraining.java <app.jar> <destination> "<training options>"}: the options
 * (one argument, split at spaces) go to the training JVM before {@code -jar}, e.g. properties that keep
 * the run away from Kafka, MongoDB and the issuer.
 */
public final class AotCacheTraining {

    private static final long TRAINING_MINUTES = 20;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: AotCacheTraining <app.jar> <destination> [\"<training JVM options>\"]");
            System.exit(2);
        }
        Path fatJar = Path.of(args[0]).toAbsolutePath();
        Path destination = Path.of(args[1]).toAbsolutePath();
        List<String> options = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            for (String option : args[i].trim().split("\\s+")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        String jarName = fatJar.getFileName().toString();
        String appName = jarName.endsWith(".jar") ? jarName.substring(0, jarName.length() - 4) : jarName;
        Path extractedJar = destination.resolve(jarName);
        Path cache = destination.resolve(appName + ".aot");
        Path fingerprintFile = destination.resolve(appName + ".fingerprint");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        String fingerprint = fingerprint(fatJar, options);
        if (Files.exists(extractedJar) && Files.exists(cache) && Files.exists(fingerprintFile)
                && Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint)) {
            Files.setLastModifiedTime(cache, FileTime.from(Instant.now()));
            System.out.println("[aot-cache] " + appName + ": unchanged since the last training run, " + cache + " kept");
            return;
        }

        deleteRecursively(destination);
        Files.createDirectories(destination);
        // the logs beside the destination: the extraction wants an empty directory
        Path log = destination.resolveSibling(destination.getFileName() + "-training.log");
        Path extractLog = destination.resolveSibling(destination.getFileName() + "-extract.log");
        long started = System.nanoTime();
        int extracted = run(List.of(java, "-Djarmode=tools", "-jar", fatJar.toString(), "extract", "--destination",
                destination.toString()), destination, extractLog);
        if (extracted != 0 || !Files.exists(extractedJar)) {
            System.err.println("[aot-cache] extracting " + fatJar + " failed:\n" + tail(extractLog, 20));
            System.exit(1);
        }
        List<String> training = new ArrayList<>();
        training.add(java);
        training.add("-XX:AOTCacheOutput=" + cache);
        training.addAll(options);
        training.add("-Dspring.context.exit=onRefresh");
        training.add("-jar");
        training.add(extractedJar.toString());
        int exit = run(training, destination, log);
        if (!Files.exists(cache)) {
            System.err.println("[aot-cache] " + appName + ": the training run (exit " + exit + ") wrote no cache. Last lines of "
                    + log + ":\n" + tail(log, 40) + "\nBuild without the cache: -Dkizuna.aot.skip");
            System.exit(1);
        }
        if (exit != 0) {
            // A bean that writes to a database while the context refreshes fails without one; every singleton
            // was created by then, so the cache holds what a real start loads up to that point.
            System.out.println("[aot-cache] " + appName + ": the training run ended with exit " + exit
                    + " (see " + log + "); the cache was written");
        }
        Files.writeString(fingerprintFile, fingerprint, StandardCharsets.UTF_8);
        System.out.printf("[aot-cache] %s: %s (%d MB) in %.1f s%n", appName, cache, Files.size(cache) >> 20,
                (System.nanoTime() - started) / 1e9);
    }

    /** The entries of the jar (name, size, CRC), the JVM that trains, and the training options. */
    static String fingerprint(Path jar, List<String> options) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update((System.getProperty("java.vm.version") + "\n" + String.join(" ", options) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            List<? extends ZipEntry> entries = Collections.list(zip.entries());
            entries.sort(Comparator.comparing(ZipEntry::getName));
            for (ZipEntry entry : entries) {
                if (!entry.getName().endsWith(".jar")) {
                    digest.update((entry.getName() + " " + entry.getSize() + " " + entry.getCrc() + "\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
                if (entry.getName().endsWith(".jar")) {
                    // a nested jar rebuilt from the same classes differs only in its entries' times
                    digestNested(zip.getInputStream(entry), digest);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void digestNested(InputStream nestedJar, MessageDigest digest) throws IOException {
        try (ZipInputStream nested = new ZipInputStream(nestedJar)) {
            for (ZipEntry entry = nested.getNextEntry(); entry != null; entry = nested.getNextEntry()) {
                digest.update((entry.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                digest.update(nested.readAllBytes());
            }
        }
    }

    private static int run(List<String> command, Path directory, Path log) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(TRAINING_MINUTES, TimeUnit.MINUTES)) {
            // the JVM that assembles the cache is a child of the training JVM
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            System.err.println("[aot-cache] " + String.join(" ", command) + " did not end within " + TRAINING_MINUTES
                    + " min. Last lines of " + log + ":\n" + tail(log, 40));
            System.exit(1);
        }
        return process.exitValue();
    }

    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
