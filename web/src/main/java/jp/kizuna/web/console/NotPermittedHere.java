package jp.kizuna.web.console;

/**
 * The signed-in person may not use this page of the console (an organization's officer on city staff's pages,
 * say): {@link ConsoleRefusals} answers with a readable 403 before the API is asked anything.
 */
public class NotPermittedHere extends RuntimeException {

    private final String reasonKey;

    /** @param reasonKey the message that says, in the page's language, whose page this is */
    public NotPermittedHere(String reasonKey) {
        super("not permitted here: " + reasonKey, null, false, false);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
