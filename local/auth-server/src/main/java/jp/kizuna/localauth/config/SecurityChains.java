package jp.kizuna.localauth.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jp.kizuna.localauth.account.AccountService;
import jp.kizuna.localauth.password.PasswordHashing;
import jp.kizuna.localauth.signin.AbuseLimits;
import jp.kizuna.localauth.signin.PasswordSignIn;
import jp.kizuna.localauth.signin.SignInOutcome;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may reach what at the issuer, in three chains:
 * <ol>
 *   <li>the OAuth 2.0 / OpenID Connect endpoints ({@link jp.kizuna.localauth.oidc.AuthorizationServerEndpoints});</li>
 *   <li>the account API ({@code /api/**}): bearer tokens of city admins, no session, problem documents;</li>
 *   <li>the pages people see (sign-in, registration, their account): form sign-in, CSRF on every form, a
 *       strict Content-Security-Policy (no inline script or style anywhere).</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
class SecurityChains {

    /**
     * No observation of each security filter, authentication and authorization (Spring Security wraps
     * every filter in one when Actuator's registry is present; nothing reads them, and they cost a
     * dozen observations per request). The request's own {@code http.server.requests} timer stays.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }


    /**
     * No {@code form-action}: after the sign-in form the browser is redirected on to the app's registered
     * address, which {@code form-action 'self'} would block.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(2)
    SecurityFilterChain accountApiChain(HttpSecurity http, ApiProblems problems) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/accounts", "/api/accounts/**").hasRole(Roles.CITY_ADMIN)
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesOf()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pagesChain(HttpSecurity http, AccountService accounts, PasswordHashing passwords,
                                   AbuseLimits limits, SignInOutcome outcome, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/register", "/css/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**").permitAll()
                        .requestMatchers("/account", "/account/**", "/logout").authenticated()
                        .anyRequest().denyAll())
                .authenticationProvider(new PasswordSignIn(accounts, passwords, limits))
                .formLogin(form -> form.loginPage("/login").usernameParameter("email").passwordParameter("password")
                        .successHandler(outcome.success()).failureHandler(outcome.failure()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(management -> management
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?signedOut"))
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), PathPatternRequestMatcher.pathPattern("/**")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** Maps the {@code roles} claim to {@code ROLE_*} authorities, as the services do. */
    static JwtAuthenticationConverter rolesOf() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            List<String> roles = jwt.getClaimAsStringList(Roles.ROLES_CLAIM);
            if (roles != null) {
                roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
            return authorities;
        });
        return converter;
    }
}
