package jp.kizuna.subsidy.config;

import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.RoleGroups;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the subsidy service, by path, before a body is read. Budgets and programmes
 * are the city's; an organization's org-admin drafts, amends, submits, withdraws and reports on its
 * own applications (the service checks which organization); screening, decisions and payments are
 * the city's. Applications are not public: reading them needs a token.
 */
@Component
class SubsidyAuthorizationRules implements ApiAuthorizationRules {

    private static final String[] APPLICANT_STEPS = {
            "/api/subsidies/applications",
            "/api/subsidies/applications/*/submission",
            "/api/subsidies/applications/*/withdrawal",
            "/api/subsidies/applications/*/report"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        String[] anyone = RoleGroups.cityOrOrgAdmin();
        requests.requestMatchers(HttpMethod.GET, "/api/subsidies/applications", "/api/subsidies/applications/**")
                .hasAnyRole(anyone);
        requests.requestMatchers(HttpMethod.GET, "/api/subsidies/programmes/*/screening", "/api/subsidies/priority-queues/**")
                .hasAnyRole(RoleGroups.city());
        requests.requestMatchers(HttpMethod.POST, APPLICANT_STEPS).hasAnyRole(anyone);
        requests.requestMatchers(HttpMethod.PUT, "/api/subsidies/applications/*").hasAnyRole(anyone);
        for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            requests.requestMatchers(write, "/api/subsidies/**").hasAnyRole(RoleGroups.city());
        }
    }
}
