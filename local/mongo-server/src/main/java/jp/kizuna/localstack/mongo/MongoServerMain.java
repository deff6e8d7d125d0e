package jp.kizuna.localstack.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import org.h2.mvstore.MVStore;

/**
 * Runs mongo-java-server on a file-backed H2 store: {@code MongoServerMain <port> <data file>}.
 * Binds to 127.0.0.1 only; stops cleanly (closing the store) on SIGTERM.
 */
public final class MongoServerMain {

    private MongoServerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: MongoServerMain <port> <data file>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());
        MVStore store = new MVStore.Builder().fileName(file.toString()).open();
        DurableH2Backend backend = new DurableH2Backend(store);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", port);
        System.out.println("mongo-java-server listening on 127.0.0.1:" + port + " with data in " + file);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            store.close();
            stopped.countDown();
        }, "mongo-server-stop"));
        stopped.await();
    }
}
