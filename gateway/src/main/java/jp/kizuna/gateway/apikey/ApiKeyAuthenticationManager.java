package jp.kizuna.gateway.apikey;

import java.time.Clock;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/**
 * Accepts a presented key when this replica's directory holds it as active and unexpired. Unknown,
 * revoked and expired keys get the same answer, so a caller learns nothing about other keys.
 */
public class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiKeyDirectory directory;
    private final Clock clock;

    public ApiKeyAuthenticationManager(ApiKeyDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        return Mono.fromSupplier(() -> {
            String presented = ((ApiKeyAuthentication) authentication).presentedKey();
            if (!directory.loaded()) {
                throw new ApiKeysUnavailableException("The gateway is still loading the partner API keys.");
            }
            return directory.find(presented)
                    .filter(key -> key.usableAt(clock.instant()))
                    .map(ApiKeyAuthentication::verified)
                    .orElseThrow(() -> new BadCredentialsException("unknown, revoked or expired API key"));
        });
    }
}
