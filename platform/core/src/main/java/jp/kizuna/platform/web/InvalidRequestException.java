package jp.kizuna.platform.web;

import java.util.List;

/** A request whose parameters or fields are invalid, each named in a {@link FieldError}: a 400 validation problem. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
