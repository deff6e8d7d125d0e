package jp.kizuna.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * nginx (Debian package) as a plain reverse proxy in front of one service, the yardstick the gateway's
 * overhead is compared with: one worker, upstream keep-alive, no logging.
 */
final class NginxProxy implements AutoCloseable {

    private final Process process;
    final int port;

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
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
        String config = """
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
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        String binary = LoadGenerator.onPath("nginx") ? "nginx" : "/usr/sbin/nginx";
        Process process = new ProcessBuilder(binary, "-p", dir.toString(), "-c", file.toString(), "-g", "daemon off;")
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
        for (int i = 0; i < 50; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new NginxProxy(process, port);
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IOException("nginx did not start; see " + dir.resolve("error.log"));
    }

    @Override
    public void close() {
        process.destroy();
    }
}
