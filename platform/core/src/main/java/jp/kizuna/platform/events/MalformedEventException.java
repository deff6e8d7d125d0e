package jp.kizuna.platform.events;

/**
 * A record that can never be processed, however often it is retried: it goes straight to the
 * dead-letter topic so that its partition moves on.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
