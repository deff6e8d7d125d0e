package jp.kizuna.web.api;

/** The API could not be reached or did not answer in time. */
public class ApiUnavailableException extends RuntimeException {

    public ApiUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
