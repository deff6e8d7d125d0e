package jp.kizuna.localauth.oidc;

import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.signin.AbuseLimits;
import jp.kizuna.localauth.signin.PasswordChangeGate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.preauth.AbstractPreAuthenticatedProcessingFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The OAuth 2.0 and OpenID Connect endpoints (Spring Authorization Server): discovery
 * ({@code /.well-known/openid-configuration}), keys ({@code /oauth2/jwks}), authorization with PKCE,
 * tokens (authorization code, refresh with rotation, client credentials), revocation, user info and
 * RP-initiated logout ({@code /connect/logout}). A person who is not signed in is sent to the sign-in page.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerEndpoints {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, MongoAuthorizationService authorizations,
                                            RegisteredClientRepository clients, OAuth2TokenGenerator<OAuth2Token> tokens,
                                            AbuseLimits limits, AccountService accounts) throws Exception {
        TokenEndpointThrottle throttle = new TokenEndpointThrottle(limits);
        http.oauth2AuthorizationServer(authorizationServer -> {
                    http.securityMatcher(authorizationServer.getEndpointsMatcher());
                    authorizationServer
                            .registeredClientRepository(clients)
                            .authorizationService(authorizations)
                            .tokenGenerator(tokens)
                            .clientAuthentication(clientAuthentication -> clientAuthentication
                                    .authenticationConverter(PublicClientRefresh.converter())
                                    .authenticationProvider(PublicClientRefresh.authenticator(clients))
                                    .errorResponseHandler(throttle.failureHandler()))
                            .oidc(oidc -> oidc.logoutEndpoint(logout -> logout
                                    .logoutResponseHandler(ClientSignOut.handler(authorizations))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // both before the client authentication and authorization endpoint filters, which sit around this one
                .addFilterBefore(throttle.filter(), AbstractPreAuthenticatedProcessingFilter.class)
                .addFilterBefore(new PasswordChangeGate(accounts), AbstractPreAuthenticatedProcessingFilter.class)
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), PathPatternRequestMatcher.pathPattern("/oauth2/authorize")))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }
}
