package jp.kizuna.subsidy.config;

import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.Roles;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Budgets are written by city staff only. */
@Component
class SubsidyAuthorizationRules implements ApiAuthorizationRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.PUT, "/api/subsidies/budgets/**").hasAnyRole(Roles.CITY_STAFF, Roles.CITY_ADMIN);
    }
}
