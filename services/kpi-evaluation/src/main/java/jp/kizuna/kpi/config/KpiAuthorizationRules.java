package jp.kizuna.kpi.config;

import jp.kizuna.platform.contracts.Roles;
import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.RoleGroups;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may write what in the KPI service, by path: city staff enter and confirm targets, actuals
 * and texts; only city admins correct a confirmed actual.
 */
@Component
class KpiAuthorizationRules implements ApiAuthorizationRules {

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.POST, "/api/kpi/indicators/*/actuals/*/corrections").hasRole(Roles.CITY_ADMIN);
        for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            requests.requestMatchers(write, "/api/kpi/**").hasAnyRole(RoleGroups.city());
        }
    }
}
