package jp.kizuna.platform.outbox;

/** The broker did not acknowledge an outbox event; the relay retries with backoff. */
public class OutboxPublishException extends RuntimeException {

    public OutboxPublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
