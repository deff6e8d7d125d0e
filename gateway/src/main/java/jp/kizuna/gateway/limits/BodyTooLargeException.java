package jp.kizuna.gateway.limits;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A request body without a declared length grew past the gateway's limit as it arrived. */
final class BodyTooLargeException extends ResponseStatusException {

    BodyTooLargeException(long limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "The body is longer than " + limit + " bytes.");
    }
}
