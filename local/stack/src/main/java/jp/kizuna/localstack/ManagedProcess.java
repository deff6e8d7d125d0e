package jp.kizuna.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One component of the stack as an operating-system process: started with its own log file and
 * pid file, probed for readiness, and stopped gently (SIGTERM, then SIGKILL after a grace period)
 * or killed outright, as the fault drills do.
 */
public final class ManagedProcess {

    private final String name;
    private final String address;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path log;
    private final Path pidFile;
    private final ReadinessProbe readiness;
    private final Runnable beforeStart;
    private Process process;

    ManagedProcess(String name, String address, List<String> command, Map<String, String> environment,
                   Path workingDirectory, Path log, Path pidFile, ReadinessProbe readiness, Runnable beforeStart) {
        this.name = name;
        this.address = address;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.workingDirectory = workingDirectory;
        this.log = log;
        this.pidFile = pidFile;
        this.readiness = readiness;
        this.beforeStart = beforeStart;
    }

    public String name() {
        return name;
    }

    public String address() {
        return address;
    }

    public Path log() {
        return log;
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new StackException(name + " is already running (pid " + process.pid() + ").");
        }
        beforeStart.run();
        try {
            Files.createDirectories(log.getParent());
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workingDirectory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
        } catch (IOException e) {
            throw new StackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Waits until the component is ready; fails when it exits first or the timeout passes. */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!isAlive()) {
                throw new StackException(name + " exited with code " + process.exitValue() + " while starting. "
                        + "Last lines of " + log + ":\n" + tail(30));
            }
            if (readiness.isReady()) {
                return;
            }
            sleep(Duration.ofMillis(250));
        }
        throw new StackException(name + " was not ready within " + timeout.toSeconds() + " s. Last lines of "
                + log + ":\n" + tail(30));
    }

    public boolean isReady() {
        return isAlive() && readiness.isReady();
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    public synchronized Integer exitCode() {
        return process == null || process.isAlive() ? null : process.exitValue();
    }

    /** SIGTERM, and SIGKILL when the process has not ended within the grace period. */
    public synchronized void stop(Duration grace) {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
        deletePidFile();
    }

    /** SIGKILL: the process gets no chance to clean up, as in a crash. */
    public synchronized void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        deletePidFile();
    }

    public String tail(int lines) {
        try {
            if (!Files.exists(log)) {
                return "(no log yet)";
            }
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read the log: " + e.getMessage() + ")";
        }
    }

    private void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException ignored) {
            // A stale pid file is checked for a live process before it is trusted.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("interrupted while waiting", e);
        }
    }
}
