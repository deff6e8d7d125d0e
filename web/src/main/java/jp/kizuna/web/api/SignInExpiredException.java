package jp.kizuna.web.api;

/**
 * The person's sign-in can no longer be renewed (signed out everywhere, account disabled, refresh token
 * expired): they are signed out here and asked to sign in again.
 */
public class SignInExpiredException extends RuntimeException {

    public SignInExpiredException() {
        super("the sign-in can no longer be renewed");
    }
}
