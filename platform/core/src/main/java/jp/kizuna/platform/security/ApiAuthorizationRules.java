package jp.kizuna.platform.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules per path and method, checked by the security filter before a request
 * body is even read, so that a caller without the role gets 403 and not a validation error.
 * Which organization a caller may act for is checked in the use case itself.
 *
 * <p>Rules are applied after the actuator rules and before the defaults (reads under /api are
 * public, everything else needs a token).
 */
@FunctionalInterface
public interface ApiAuthorizationRules {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
