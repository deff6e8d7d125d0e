package jp.kizuna.localauth.account;

/**
 * Ends what a person is signed in with: every refresh token and authorization issued to them and every
 * sign-in session at the issuer. Access tokens already issued run out by themselves within their short
 * lifetime.
 */
public interface AccountSessions {

    /** @return how many authorizations (refresh tokens of apps and devices) were revoked */
    int endAll(String accountId);

    /**
     * Like {@link #endAll(String)}, but the sign-in session the person is using right now stays (they just
     * proved who they are in it).
     */
    int endAllBut(String accountId, String currentSessionId);
}
