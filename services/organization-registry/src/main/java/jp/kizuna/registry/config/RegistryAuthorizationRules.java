package jp.kizuna.registry.config;

import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who may write what in the registry, by path. */
@Component
class RegistryAuthorizationRules implements ApiAuthorizationRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/registry/organizations")
                .hasAnyRole(Roles.CITY_STAFF, Roles.CITY_ADMIN);
    }
}
