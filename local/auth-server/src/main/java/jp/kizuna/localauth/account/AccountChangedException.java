package jp.kizuna.localauth.account;

/** The account changed since the version the caller read (If-Match): nothing was changed. */
public class AccountChangedException extends RuntimeException {

    private final transient Account current;

    public AccountChangedException(Account current) {
        super("account " + current.id() + " is at version " + current.version());
        this.current = current;
    }

    public Account current() {
        return current;
    }
}
