package jp.kizuna.localauth.account;

/** Who makes a change to an account: its audit entry names them. */
public record Actor(String subject, String name) {

    /** The demo people of the local stack are created by its seed. */
    public static final Actor SEED = new Actor("seed", "初期データ (seed)");

    static Actor self(Account account) {
        return new Actor(account.id(), account.displayName());
    }
}
