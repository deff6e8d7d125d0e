package jp.kizuna.localstack.mongo;

import java.util.Locale;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The {@code hello} handshake (MongoDB 4.4.2 and later; drivers and mongosh send it in place of
 * the legacy {@code isMaster}). mongo-java-server answers only {@code isMaster}: {@code hello} is
 * that answer with {@code isWritablePrimary} in place of {@code ismaster}. The legacy answer says
 * {@code helloOk} when the client asks, so that clients switch to {@code hello}.
 */
final class HelloCommand {

    static final String NAME = "hello";
    static final String LEGACY_NAME = "isMaster";

    private HelloCommand() {
    }

    static boolean isHello(String command) {
        return NAME.equals(command.toLowerCase(Locale.ROOT));
    }

    static boolean isLegacyHandshake(String command) {
        return "ismaster".equals(command.toLowerCase(Locale.ROOT));
    }

    /** {@code isMaster}'s answer as {@code hello}'s. */
    static Document fromLegacyAnswer(Document isMasterAnswer) {
        Document hello = new Document();
        isMasterAnswer.forEach((key, value) -> {
            if ("ismaster".equals(key)) {
                hello.put("isWritablePrimary", value);
            } else {
                hello.put(key, value);
            }
        });
        return hello;
    }

    /** {@code isMaster}'s answer, saying {@code helloOk} when the client offered it. */
    static Document withHelloOk(Document query, Document isMasterAnswer) {
        if (Boolean.TRUE.equals(query.get("helloOk"))) {
            isMasterAnswer.put("helloOk", true);
        }
        return isMasterAnswer;
    }
}
