package jp.kizuna.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * nginx (Debian package) as a plain reverse proxy in front of one service, the yardstick the gateway's
 * overhead is compared with: one worker, upstream keep-alive, no logging.
 *
 * <p>It is the benchmark's own instance and touches no other: its configuration, pid file, logs and
 * temporary files are in its own directory, it listens on loopback on a port of its own, it runs in
 * the foreground as this JVM's child ({@code daemon off}), and {@link #close()} stops exactly that
 * process (and the workers it started) by its pid. A system nginx, running or not, is left alone.
 */
final class NginxProxy implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Pattern VERSION = Pattern.compile("nginx/(\\d+)\\.(\\d+)\\.(\\d+)");

    private final Process process;
    private final Thread onJvmExit;
    final int port;

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
        this.onJvmExit = new Thread(() -> stop(process, GRACE), "nginx-stop");
        Runtime.getRuntime().addShutdownHook(onJvmExit);
    }

    static boolean available() {
        return LoadGenerator.onPath("nginx") || Files.isExecutable(Path.of("/usr/sbin/nginx"));
    }

    static NginxProxy start(Path dir, int upstreamPort) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("tmp"));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config(dir, upstreamPort, port), StandardCharsets.UTF_8);
        String binary = LoadGenerator.onPath("nginx") ? "nginx" : "/usr/sbin/nginx";
        Process process = new ProcessBuilder(command(binary, dir, supportsErrorLogFlag(version(binary))))
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        boolean listening = false;
        for (int i = 0; i < 50 && process.isAlive() && !listening; i++) {
            listening = accepts(port);
            if (!listening) {
                Thread.sleep(100);
            }
        }
        // the master writes its pid file just after it opened the port
        for (int i = 0; listening && i < 50 && process.isAlive(); i++) {
            if (Long.toString(process.pid()).equals(readPid(dir))) {
                return new NginxProxy(process, port);
            }
            Thread.sleep(100);
        }
        stop(process, GRACE);
        throw new IOException("nginx did not start; see " + dir.resolve("nginx.out") + " and " + dir.resolve("error.log"));
    }

    private static boolean accepts(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Everything under {@code dir}, listening on loopback only. */
    static String config(Path dir, int upstreamPort, int port) {
        return """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  client_body_temp_path %1$s/tmp/body;
                  proxy_temp_path %1$s/tmp/proxy;
                  fastcgi_temp_path %1$s/tmp/fastcgi;
                  uwsgi_temp_path %1$s/tmp/uwsgi;
                  scgi_temp_path %1$s/tmp/scgi;
                  upstream service { server 127.0.0.1:%2$d; keepalive 64; }
                  server {
                    listen 127.0.0.1:%3$d;
                    location / {
                      proxy_pass http://service;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_set_header Host $host;
                    }
                  }
                }
                """.formatted(dir, upstreamPort, port);
    }

    /**
     * In the foreground (the process started is the master), with its own prefix and configuration;
     * {@code -e} (nginx 1.19.5 and later) keeps even the messages before the configuration is read out
     * of /var/log/nginx.
     */
    static List<String> command(String binary, Path dir, boolean errorLogFlag) {
        List<String> command = new ArrayList<>(List.of(binary, "-p", dir.toString(), "-c", dir.resolve("nginx.conf").toString()));
        if (errorLogFlag) {
            command.addAll(List.of("-e", dir.resolve("error.log").toString()));
        }
        command.addAll(List.of("-g", "daemon off;"));
        return command;
    }

    /** Whether {@code nginx -v} names a version that takes {@code -e}. */
    static boolean supportsErrorLogFlag(String versionOutput) {
        Matcher version = VERSION.matcher(versionOutput);
        if (!version.find()) {
            return false;
        }
        int major = Integer.parseInt(version.group(1));
        int minor = Integer.parseInt(version.group(2));
        int patch = Integer.parseInt(version.group(3));
        return major > 1 || (major == 1 && (minor > 19 || (minor == 19 && patch >= 5)));
    }

    private static String version(String binary) throws IOException, InterruptedException {
        Process probe = new ProcessBuilder(binary, "-v").redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!probe.waitFor(10, TimeUnit.SECONDS)) {
            probe.destroyForcibly();
        }
        return output;
    }

    private static String readPid(Path dir) {
        try {
            return Files.readString(dir.resolve("nginx.pid")).strip();
        } catch (IOException notWrittenYet) {
            return "";
        }
    }

    /**
     * Stops the process and the processes it started, and nothing else: SIGTERM (nginx's fast
     * shutdown, which ends its workers), SIGKILL for what is still running after the grace period.
     */
    static void stop(Process process, Duration grace) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(grace.toMillis(), TimeUnit.MILLISECONDS);
            }
            for (ProcessHandle child : children) {
                if (!ended(child, grace)) {
                    child.destroyForcibly();
                    ended(child, grace);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            children.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }

    private static boolean ended(ProcessHandle process, Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (running(process)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /**
     * Alive and not a zombie: a worker whose master was killed has ended once it is a zombie, even
     * where nothing reaps orphans (some containers' init).
     */
    static boolean running(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
        } catch (IOException | RuntimeException noProc) {
            return true;
        }
    }

    @Override
    public void close() {
        stop(process, GRACE);
        try {
            Runtime.getRuntime().removeShutdownHook(onJvmExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it stops the same process again, which is harmless
        }
    }
}
