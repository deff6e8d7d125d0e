package jp.kizuna.localstack;

/** Something the person running the stack must fix; the message says what and how. */
public class StackException extends RuntimeException {

    public StackException(String message) {
        super(message);
    }

    public StackException(String message, Throwable cause) {
        super(message, cause);
    }
}
