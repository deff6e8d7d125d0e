package jp.kizuna.registry.config;

import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.RoleGroups;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may write what in the registry, by path, checked before a body is read. An org-admin may
 * edit its organization's profile, activities and links (the service checks that it is its own);
 * every other write is for city staff, and so is everything about partner API keys.
 */
@Component
class RegistryAuthorizationRules implements ApiAuthorizationRules {

    private static final String[] SELF_SERVICE = {
            "/api/registry/organizations/*/profile",
            "/api/registry/organizations/*/activities",
            "/api/registry/organizations/*/links"};

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        // partner API keys are city business, reading them included
        requests.requestMatchers("/api/registry/organizations/*/api-keys", "/api/registry/organizations/*/api-keys/**")
                .hasAnyRole(RoleGroups.city());
        requests.requestMatchers(HttpMethod.PUT, SELF_SERVICE)
                .hasAnyRole(RoleGroups.cityOrOrgAdmin());
        for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            requests.requestMatchers(write, "/api/registry/**").hasAnyRole(RoleGroups.city());
        }
    }
}
