package jp.kizuna.localauth;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;

@Configuration(proxyBeanMethods = false)
class AuthServerConfiguration {

    /** The token parameter with which an org-admin or partner token names its organization. */
    static final String ORGANIZATION_PARAMETER = "organization_id";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(authorizationServer -> {
            http.securityMatcher(authorizationServer.getEndpointsMatcher());
            authorizationServer.oidc(Customizer.withDefaults());
        }).authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(LocalAuthProperties properties) {
        return new InMemoryRegisteredClientRepository(LocalClients.registrations(properties));
    }

    /**
     * Puts the client's role, the audience and, for org-admin and partner, the organization into
     * every access token.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> kizunaClaims(LocalAuthProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            LocalClients.byClientId(context.getRegisteredClient().getClientId()).ifPresent(client -> {
                context.getClaims().audience(List.of(properties.audience()))
                        .claim("roles", List.of(client.role()));
                if (client.boundToOrganization()) {
                    context.getClaims().claim("org_id", requestedOrganization(context, properties));
                }
            });
        };
    }

    private static String requestedOrganization(JwtEncodingContext context, LocalAuthProperties properties) {
        if (context.getAuthorizationGrant() instanceof OAuth2AuthorizationGrantAuthenticationToken grant) {
            Object requested = grant.getAdditionalParameters().get(ORGANIZATION_PARAMETER);
            if (requested instanceof String organization && !organization.isBlank()) {
                return organization;
            }
        }
        return properties.defaultOrganization();
    }
}
