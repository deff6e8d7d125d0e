package jp.kizuna.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jp.kizuna.gateway.apikey.ApiKeyAuthenticationConverter;
import jp.kizuna.gateway.apikey.ApiKeyAuthenticationManager;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import reactor.core.publisher.Mono;

/**
 * The gateway checks every bearer token it is sent before forwarding: signature (RS256 keys of the
 * configured issuer only; unsigned and unknown-key tokens fail), issuer, audience, expiry and
 * not-before with a small explicit clock skew. A bad token is a 401 problem document here and never
 * reaches a service; a request without a token is forwarded, and each service decides what an
 * anonymous caller may do (and checks the token again). A partner's {@code Authorization: ApiKey …} is
 * checked against the keys the registry published and forwarded as a gateway-signed token
 * ({@link jp.kizuna.gateway.apikey.PartnerTokenRelayFilter}). Security headers go on every answer.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class EdgeSecurityConfiguration {

    /**
     * No observation of each security filter, authentication and authorization (Spring Security wraps
     * every filter in one when Actuator's registry is present; nothing reads them, and they cost a
     * dozen observations per request). The request's own {@code http.server.requests} timer stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }


    /** How far the gateway's clock may differ from the issuer's. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    /**
     * The web pages (everything outside /api): the web module signs people in and checks their session
     * itself, and writes its own security headers (a Content-Security-Policy that lets its pages load their
     * style sheet, CSRF tokens on every form); the gateway passes them through unchanged and checks no
     * bearer token here (browsers send none).
     */
    @Bean
    @Order(0)
    SecurityWebFilterChain webPages(ServerHttpSecurity http) {
        return http
                .securityMatcher(new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**")))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .headers(ServerHttpSecurity.HeaderSpec::disable)
                .build();
    }

    /**
     * The Swagger UI under /api/docs needs its own scripts and styles; everything else keeps the
     * strict policy. It reads the documents anonymously, so no token is checked here.
     */
    @Bean
    @Order(1)
    SecurityWebFilterChain apiDocs(ServerHttpSecurity http) {
        return http
                .securityMatcher(ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/api/docs/**"))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; img-src 'self' data:; "
                                + "style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityWebFilterChain edge(ServerHttpSecurity http, ProblemAuthenticationEntryPoint unauthorized,
                                ObjectProvider<ApiKeyAuthenticationManager> apiKeys) {
        return http
                .addFilterAt(apiKeyAuthentication(apiKeys.getIfAvailable(), unauthorized), SecurityWebFiltersOrder.AUTHENTICATION)
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                .oauth2ResourceServer(server -> server.jwt(jwt -> { })
                        .authenticationEntryPoint(unauthorized))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.includeSubdomains(true).maxAge(Duration.ofDays(365))))
                .build();
    }

    /**
     * Checks {@code Authorization: ApiKey …}; without API keys configured every such call is refused.
     * Not a bean, so that it runs only inside this chain.
     */
    private static AuthenticationWebFilter apiKeyAuthentication(ReactiveAuthenticationManager apiKeys,
                                                                ProblemAuthenticationEntryPoint unauthorized) {
        ReactiveAuthenticationManager manager = apiKeys != null ? apiKeys
                : presented -> Mono.error(new BadCredentialsException("this gateway accepts no API keys"));
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
        filter.setServerAuthenticationConverter(new ApiKeyAuthenticationConverter());
        filter.setAuthenticationFailureHandler(new ServerAuthenticationEntryPointFailureHandler(unauthorized));
        return filter;
    }

    /** How long at most a checked token is taken without checking it again (CheckedTokens). */
    static final Duration CHECKED_TOKEN_MAX_AGE = Duration.ofMinutes(5);

    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${kizuna.edge.issuer-uri}") String issuer,
                                  @Value("${kizuna.edge.jwk-set-uri}") String jwkSetUri,
                                  @Value("${kizuna.edge.audience}") String audience, Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri)
                .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(CLOCK_SKEW);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(timestamps,
                new JwtIssuerValidator(issuer), audienceValidator(audience))));
        return new CheckedTokens(decoder, clock, CHECKED_TOKEN_MAX_AGE, 10_000);
    }

    static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return jwt -> jwt.getAudience() != null && jwt.getAudience().contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token is not meant for this API (audience " + audience + ")", null));
    }
}
