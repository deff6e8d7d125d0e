package jp.kizuna.localstack.mongo;

import java.util.Set;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 backend commits its store once a second; this one commits after every
 * write command, before the answer goes back, so a write the client saw acknowledged survives a
 * crash of the server process. It reports MongoDB 4.4 (wire version 9) and answers {@code hello},
 * so that today's mongosh and Node.js driver connect ({@link ReportedVersion}, {@link HelloCommand}).
 */
public class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "createindexes", "dropindexes", "drop", "dropdatabase", "create", "renamecollection");

    public DurableH2Backend(MVStore store) {
        super(store);
        version(ReportedVersion.MONGO_4_4);
    }

    @Override
    public Document handleMessage(MongoMessage message) {
        Document result = super.handleMessage(message);
        commitIfWrite(message.getDocument());
        return result;
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (HelloCommand.isHello(command)) {
            return HelloCommand.fromLegacyAnswer(super.handleCommand(channel, database, HelloCommand.LEGACY_NAME, query));
        }
        if (HelloCommand.isLegacyHandshake(command)) {
            return HelloCommand.withHelloOk(query, super.handleCommand(channel, database, command, query));
        }
        Document result = super.handleCommand(channel, database, command, query);
        commitIfWrite(command);
        return result;
    }

    private void commitIfWrite(Document document) {
        if (!document.isEmpty()) {
            commitIfWrite(document.keySet().iterator().next());
        }
    }

    private void commitIfWrite(String command) {
        if (WRITE_COMMANDS.contains(command.toLowerCase(java.util.Locale.ROOT))) {
            commit();
        }
    }
}
