package jp.kizuna.web.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How people sign in to the pages: the authorization-code flow with PKCE at the OpenID Connect issuer
 * (the app's language goes along as {@code ui_locales}), roles from the ID token's {@code roles} claim,
 * tokens kept in the session on this server and refreshed as they run out, and signing out both here and
 * at the issuer (RP-initiated logout). Every form carries a CSRF token; the Content-Security-Policy allows
 * no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /**
     * No observation of each security filter, authentication and authorization (Spring Security wraps
     * every filter in one when Actuator's registry is present; nothing reads them, and they cost a
     * dozen observations per request). The request's own {@code http.server.requests} timer stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }


    static final String REGISTRATION = "kizuna";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, ClientRegistrationRepository clients, LocaleResolver locales,
                              WebProperties properties) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests =
                new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce()
                .andThen(request -> request.additionalParameters(parameters -> parameters.put("ui_locales",
                        currentLanguage(locales)))));
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/");
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/my", "/my/**").authenticated()
                        // signing up is for a signed-in person: the link asks a visitor to sign in, then returns
                        .requestMatchers("/events/*/sign-up").authenticated()
                        // the console: city staff, organization officers and partner publishers (the API checks each call again)
                        .requestMatchers("/console", "/console/**").hasAnyRole(Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN, Roles.PARTNER)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .anyRequest().permitAll())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(rolesFromTheIdToken())))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(properties)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * Scripts, styles and images only from this site; forms go here or, for signing out, to the issuer.
     */
    static String contentSecurityPolicy(WebProperties properties) {
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
                + "connect-src 'self'; form-action 'self' " + properties.issuerOrigin()
                + "; base-uri 'none'; frame-ancestors 'none'";
    }

    /** The roles of the signed-in person ({@code roles} claim) as {@code ROLE_*} authorities. */
    static OAuth2UserService<OidcUserRequest, OidcUser> rolesFromTheIdToken() {
        OidcUserService standard = new OidcUserService();
        return request -> {
            OidcUser user = standard.loadUser(request);
            Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
            List<String> roles = user.getIdToken().getClaimAsStringList(Roles.ROLES_CLAIM);
            if (roles != null) {
                roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
            return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
        };
    }

    /**
     * A person's tokens (the authorized client) live in their session, not in this instance's memory: they go
     * when the session goes, and any instance that finds the session (sessions in MongoDB, {@link SessionStore})
     * finds them with it.
     */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClients(ClientRegistrationRepository clients,
                                                    OAuth2AuthorizedClientRepository authorized) {
        DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(clients, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode().refreshToken().build());
        return manager;
    }

    private static String currentLanguage(LocaleResolver locales) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return locales.resolveLocale(request).getLanguage();
        }
        return Locale.JAPANESE.getLanguage();
    }
}
