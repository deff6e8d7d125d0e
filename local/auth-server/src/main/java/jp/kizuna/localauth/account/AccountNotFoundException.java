package jp.kizuna.localauth.account;

public class AccountNotFoundException extends RuntimeException {

    public AccountNotFoundException(String id) {
        super("no account " + id);
    }
}
