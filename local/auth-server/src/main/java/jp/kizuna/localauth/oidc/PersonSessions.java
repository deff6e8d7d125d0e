package jp.kizuna.localauth.oidc;

import java.util.List;

import jp.kizuna.localauth.account.AccountSessions;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;

/**
 * Ends everything a person is signed in with: their authorizations (refresh tokens of every app and
 * device) and their sign-in sessions at the issuer, which then ask them to sign in again.
 */
@Component
class PersonSessions implements AccountSessions {

    private final MongoAuthorizationService authorizations;
    private final SessionRegistry sessions;

    PersonSessions(MongoAuthorizationService authorizations, SessionRegistry sessions) {
        this.authorizations = authorizations;
        this.sessions = sessions;
    }

    @Override
    public int endAll(String accountId) {
        return endAllBut(accountId, null);
    }

    @Override
    public int endAllBut(String accountId, String currentSessionId) {
        int revoked = authorizations.removeAllOf(accountId);
        // the registry knows principals by their name (User equals by username)
        sessions.getAllSessions(new User(accountId, "", List.of()), false).stream()
                .filter(session -> !session.getSessionId().equals(currentSessionId))
                .forEach(SessionInformation::expireNow);
        return revoked;
    }
}
