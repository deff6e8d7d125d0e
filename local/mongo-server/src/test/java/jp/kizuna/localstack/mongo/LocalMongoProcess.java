package jp.kizuna.localstack.mongo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;

/** The local MongoDB ({@link MongoServerMain}) started as its own process, as the local stack starts it. */
final class LocalMongoProcess {

    private LocalMongoProcess() {
    }

    static Process start(int port, Path file, Path logDirectory) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MongoServerMain.class.getName(), Integer.toString(port), file.toString())
                .redirectErrorStream(true)
                .redirectOutput(logDirectory.resolve("server-" + System.nanoTime() + ".log").toFile())
                .start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return process;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("mongo server did not start on port " + port);
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
