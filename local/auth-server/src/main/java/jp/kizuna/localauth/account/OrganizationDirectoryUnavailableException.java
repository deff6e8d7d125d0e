package jp.kizuna.localauth.account;

public class OrganizationDirectoryUnavailableException extends RuntimeException {

    public OrganizationDirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
