package jp.kizuna.platform.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import jp.kizuna.platform.openapi.IfMatchParameterCustomizer;
import jp.kizuna.platform.openapi.OperationConventions;
import jp.kizuna.platform.openapi.OperationSecurityCustomizer;
import jp.kizuna.platform.openapi.ParameterLimitsCustomizer;
import jp.kizuna.platform.openapi.ProblemResponsesCustomizer;
import jp.kizuna.platform.security.ApiAuthorizationRules;
import jp.kizuna.platform.security.GatewayTokenDecoderPostProcessor;
import jp.kizuna.platform.security.KizunaJwtAuthenticationConverter;
import jp.kizuna.platform.security.ProblemSecurityHandlers;
import jp.kizuna.platform.web.AcceptHeaderFilter;
import jp.kizuna.platform.web.AnswerNegotiationGuard;
import jp.kizuna.platform.web.DecimalNumbers;
import jp.kizuna.platform.web.IfMatchArgumentResolver;
import jp.kizuna.platform.web.ProblemDetailsAdvice;
import jp.kizuna.platform.web.ProblemErrorController;
import jp.kizuna.platform.web.ProblemErrorReportValve;
import jp.kizuna.platform.web.RequestCorrelationFilter;
import jp.kizuna.platform.web.RepresentationTags;
import jp.kizuna.platform.web.RequestParameterGuard;
import jp.kizuna.platform.web.StrictJson;
import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP edge of a service: problem documents for every error, and an OAuth2 resource server
 * where reading public data needs no token and every write needs one. Which role may write what
 * is said next to each use case with a role annotation ({@code @CityStaffOnly} and its siblings in
 * {@code jp.kizuna.platform.security}). A handler's {@code IfMatch} parameter is the request's If-Match
 * ({@link IfMatchArgumentResolver}). Request bodies are read strictly
 * ({@link StrictJson}), every query parameter and path variable is checked before the controller
 * runs ({@link RequestParameterGuard}), and even a request Tomcat refuses gets a problem document.
 */
@AutoConfiguration(before = {ServletWebSecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class,
        ErrorMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class KizunaWebAutoConfiguration {

    /** Lets the service accept the gateway's partner tokens once it is given the gateway's public key. */
    @Bean
    static GatewayTokenDecoderPostProcessor gatewayTokenDecoderPostProcessor(Environment environment) {
        return new GatewayTokenDecoderPostProcessor(environment);
    }

    /** Trace and request ids into the logging context, before anything else (security included). */
    @Bean
    FilterRegistrationBean<RequestCorrelationFilter> requestCorrelationFilter() {
        FilterRegistrationBean<RequestCorrelationFilter> registration = new FilterRegistrationBean<>(new RequestCorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * The JSON converter of requests and responses, in the place of Boot's (whose customizer runs
     * first, at order 0), on the service's mapper made strict for reading ({@link StrictJson}).
     */
    @Bean
    @Order(100)
    ServerHttpMessageConvertersCustomizer strictJsonRequests(JsonMapper json) {
        JacksonJsonHttpMessageConverter strict = new JacksonJsonHttpMessageConverter(StrictJson.forRequests(json));
        return converters -> converters.withJsonConverter(strict);
    }

    /** An Accept header that cannot be read is refused before anything runs, security included. */
    @Bean
    FilterRegistrationBean<AcceptHeaderFilter> acceptHeaderFilter(JsonMapper json) {
        FilterRegistrationBean<AcceptHeaderFilter> registration = new FilterRegistrationBean<>(new AcceptHeaderFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Strong ETags from the bytes of each answer (with the resource's version in them) and 304 for a read whose
     * If-None-Match names the current one; inside the security filters, so that a 304 carries their headers.
     */
    @Bean
    FilterRegistrationBean<RepresentationTags> representationTags(
            @Value("${kizuna.http.public-max-age:60s}") java.time.Duration publicMaxAge) {
        FilterRegistrationBean<RepresentationTags> registration = new FilterRegistrationBean<>(new RepresentationTags(publicMaxAge));
        registration.setOrder(0);
        return registration;
    }

    @Bean
    WebMvcConfigurer requestParameterGuard() {
        RequestParameterGuard parameters = new RequestParameterGuard();
        AnswerNegotiationGuard answers = new AnswerNegotiationGuard();
        IfMatchArgumentResolver ifMatch = new IfMatchArgumentResolver();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(answers);
                registry.addInterceptor(parameters);
            }

            @Override
            public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(ifMatch);
            }
        };
    }

    /** A handler's {@code IfMatch} parameter documented as the {@code If-Match} header it is read from. */
    @Bean
    IfMatchParameterCustomizer ifMatchParameterCustomizer() {
        return new IfMatchParameterCustomizer();
    }

    @Bean
    ParameterLimitsCustomizer parameterLimitsCustomizer() {
        return new ParameterLimitsCustomizer();
    }

    @Bean
    DecimalNumbers decimalNumbers() {
        return new DecimalNumbers();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * The service's OpenAPI document (served at /v3/api-docs, and by the gateway at /api/docs/*): title,
     * bearer scheme, problems, and as its only server the gateway's public address
     * ({@code KIZUNA_PUBLIC_URL}), never the service's own port or a host a request claims to come from:
     * a client generated from it goes through the gateway, as every client must.
     */
    @Bean
    OpenAPI kizunaOpenApi(@Value("${spring.application.name}") String service,
                          @Value("${kizuna.api.description:}") String description,
                          @Value("${kizuna.api.public-url:${KIZUNA_PUBLIC_URL:http://localhost:8080}}") String publicUrl) {
        return new OpenAPI()
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url(publicUrl)
                        .description("The Kizuna gateway, the platform's only public entry")))
                .info(new Info().title("Kizuna " + service + " API").version("v1").description(description)
                        .license(new License().name("Apache License 2.0").identifier("Apache-2.0")))
                .components(new Components().addSecuritySchemes(ProblemResponsesCustomizer.BEARER,
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                                .description("A JWT from the city's identity provider (locally: `make token`)"))
                        .addSecuritySchemes(ProblemResponsesCustomizer.API_KEY, new SecurityScheme()
                                .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.HEADER).name("Authorization")
                                .description("A partner API key, sent as `Authorization: ApiKey <key>` to the gateway, "
                                        + "which checks it and forwards the partner's identity as a signed token. "
                                        + "City staff issue keys under /api/registry/organizations/{id}/api-keys.")));
    }

    @Bean
    ProblemResponsesCustomizer problemResponsesCustomizer() {
        return new ProblemResponsesCustomizer();
    }

    /** Each operation's security (none, bearer, or bearer or partner API key), read from the security rules. */
    @Bean
    OperationSecurityCustomizer operationSecurityCustomizer(ObjectProvider<SecurityFilterChain> chains) {
        return new OperationSecurityCustomizer(chains);
    }

    /** Operation ids, summaries, required If-Match and typed success bodies, the same way on every operation. */
    @Bean
    OperationConventions operationConventions() {
        return new OperationConventions();
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemSecurityHandlers problems,
                                    ObjectProvider<ApiAuthorizationRules> serviceRules) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                            "/actuator/prometheus", "/error", "/v3/api-docs", "/v3/api-docs/**").permitAll();
                    serviceRules.orderedStream().forEach(rules -> rules.configure(requests));
                    requests.requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                            .requestMatchers(HttpMethod.HEAD, "/api/**").permitAll()
                            .requestMatchers(HttpMethod.OPTIONS, "/api/**").permitAll()
                            .anyRequest().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new KizunaJwtAuthenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    /**
     * No observation of each security filter, authentication and authorization: with an observation
     * registry present (Actuator), Spring Security wraps every filter of the chain in one, a dozen per
     * request, and nothing reads them (no tracer; the request's own {@code http.server.requests} timer stays).
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /** Requests Tomcat refuses before the application sees them answer with a problem document too. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                }
            });
        }
    }
}
