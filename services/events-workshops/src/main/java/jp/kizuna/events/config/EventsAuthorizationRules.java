package jp.kizuna.events.config;

import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.RoleGroups;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may do what in the events service, by path, before a body is read. Public events, series,
 * attendance totals, feeds and open data are for everyone. Any signed-in person may sign up and
 * cancel their own registration; rosters and registrations are read with a token (the service
 * shows a person their own, an organizer its events'). Announcing events is for city staff,
 * org-admins and partners (the service checks the organization); moderation and the trusted
 * publishers are the city's. Webhook endpoints, read or written, are for their organization's officers and
 * partners and city staff (the service checks the organization).
 */
@Component
class EventsAuthorizationRules implements ApiAuthorizationRules {

    private static final String[] CITY = RoleGroups.city();
    private static final String[] PUBLISHERS = RoleGroups.publishers();

    @Override
    public void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/api/events/webhooks/**").hasAnyRole(PUBLISHERS);
        requests.requestMatchers(HttpMethod.GET, "/api/events/moderation", "/api/events/publishers").hasAnyRole(CITY);
        requests.requestMatchers(HttpMethod.GET, "/api/events/registrations/**", "/api/events/*/registrations").authenticated();
        requests.requestMatchers(HttpMethod.POST, "/api/events/*/registrations", "/api/events/series/*/registrations",
                "/api/events/registrations/*/cancellation").authenticated();
        requests.requestMatchers("/api/events/*/moderation/**", "/api/events/publishers/**").hasAnyRole(CITY);
        for (HttpMethod write : new HttpMethod[] {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE}) {
            requests.requestMatchers(write, "/api/events/**").hasAnyRole(PUBLISHERS);
        }
    }
}
