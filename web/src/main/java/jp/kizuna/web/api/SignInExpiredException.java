package jp.kizuna.web.api;

/**
 * The person's sign-in can no longer be renewed (signed out everywhere, account disabled, refresh token
 * expired), or the API no longer takes their token (it answered 401): they are signed out here and asked to sign
 * in again, coming back to the page they were on.
 */
public class SignInExpiredException extends RuntimeException {

    public SignInExpiredException() {
        super("the sign-in can no longer be renewed");
    }
}
