package jp.kizuna.gateway.apikey;

import org.springframework.security.authentication.AuthenticationServiceException;

/** The gateway cannot judge API keys yet (it has not read the key topic once): 503, retry shortly. */
public class ApiKeysUnavailableException extends AuthenticationServiceException {

    public ApiKeysUnavailableException(String message) {
        super(message);
    }
}
