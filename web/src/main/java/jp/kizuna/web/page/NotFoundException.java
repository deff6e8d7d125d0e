package jp.kizuna.web.page;

/** What the address names does not exist: the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
