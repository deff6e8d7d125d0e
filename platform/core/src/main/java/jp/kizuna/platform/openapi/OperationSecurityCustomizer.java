package jp.kizuna.platform.openapi;

import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.MappingMatch;
import jp.kizuna.platform.contracts.Roles;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * States on every operation who may call it, read from the service's own security rules (the
 * authorization manager of its filter chain: {@code KizunaWebAutoConfiguration} and the service's
 * {@code *AuthorizationRules}), never written by hand, so the document cannot drift from what the
 * service enforces. Each operation's path and method are put to those rules as two callers, anyone
 * and a partner:
 * <ul>
 *   <li>anyone may call it → a public operation: {@code security: [{}, {bearer: []}]} (no token needed;
 *       a token may be sent and then shows what its holder may see, e.g. their own drafts), 401 if a sent
 *       token is rejected;</li>
 *   <li>a partner may call it → {@code bearer} or the partner {@code apiKey} (the gateway turns a partner's
 *       {@code Authorization: ApiKey …} into a token with role {@code partner}, docs/security.md), with 401
 *       and 403;</li>
 *   <li>otherwise → {@code bearer} only, with 401 and 403.</li>
 * </ul>
 * Which organization a caller may act for is checked in the use case (then 403 or 404).
 */
public class OperationSecurityCustomizer implements GlobalOpenApiCustomizer {

    private static final Authentication ANYONE = new AnonymousAuthenticationToken("openapi", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    private static final Authentication PARTNER = UsernamePasswordAuthenticationToken.authenticated("apikey:openapi",
            null, AuthorityUtils.createAuthorityList("ROLE_" + Roles.PARTNER));

    private final ObjectProvider<SecurityFilterChain> chains;

    public OperationSecurityCustomizer(ObjectProvider<SecurityFilterChain> chains) {
        this.chains = chains;
    }

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        Optional<AuthorizationManager<HttpServletRequest>> rules = rules();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                rules.ifPresent(manager -> document(operation, access(manager, method.name(), path)))));
    }

    /** Who may call an operation, by the service's rules. */
    enum Access { PUBLIC, PARTNER, TOKEN }

    static Access access(AuthorizationManager<HttpServletRequest> rules, String method, String pathTemplate) {
        HttpServletRequest request = request(method, pathTemplate.replaceAll("\\{[^}/]+}", "x"));
        if (granted(rules, ANYONE, request)) {
            return Access.PUBLIC;
        }
        return granted(rules, PARTNER, request) ? Access.PARTNER : Access.TOKEN;
    }

    private static void document(Operation operation, Access access) {
        operation.setSecurity(null);
        switch (access) {
            case PUBLIC -> {
                operation.addSecurityItem(new SecurityRequirement());
                operation.addSecurityItem(new SecurityRequirement().addList(ProblemResponsesCustomizer.BEARER));
                ProblemResponsesCustomizer.addProblem(operation, "401", "A token was sent and rejected (none is needed)");
            }
            case PARTNER -> {
                operation.addSecurityItem(new SecurityRequirement().addList(ProblemResponsesCustomizer.BEARER));
                operation.addSecurityItem(new SecurityRequirement().addList(ProblemResponsesCustomizer.API_KEY));
                ProblemResponsesCustomizer.addProblem(operation, "401", "No token or API key, or it was rejected");
                ProblemResponsesCustomizer.addProblem(operation, "403", "The caller's role or organization does not allow this");
            }
            case TOKEN -> {
                operation.addSecurityItem(new SecurityRequirement().addList(ProblemResponsesCustomizer.BEARER));
                ProblemResponsesCustomizer.addProblem(operation, "401", "No token, or the token was rejected");
                ProblemResponsesCustomizer.addProblem(operation, "403", "The caller's role or organization does not allow this");
            }
        }
    }

    private Optional<AuthorizationManager<HttpServletRequest>> rules() {
        return chains.orderedStream().flatMap(chain -> chain.getFilters().stream())
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast)
                .map(AuthorizationFilter::getAuthorizationManager).findFirst();
    }

    private static boolean granted(AuthorizationManager<HttpServletRequest> rules, Authentication caller,
                                   HttpServletRequest request) {
        Supplier<Authentication> who = () -> caller;
        AuthorizationResult result = rules.authorize(who, request);
        return result != null && result.isGranted();
    }

    /** A request that is only a method and a path, as the security rules' matchers read it. */
    private static HttpServletRequest request(String method, String path) {
        Map<String, Object> attributes = new HashMap<>();
        return (HttpServletRequest) Proxy.newProxyInstance(OperationSecurityCustomizer.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, arguments) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getRequestURI", "getServletPath" -> path;
                    case "getRequestURL" -> new StringBuffer("http://localhost").append(path);
                    case "getContextPath" -> "";
                    case "getDispatcherType" -> DispatcherType.REQUEST;
                    case "getAttribute" -> attributes.get((String) arguments[0]);
                    case "setAttribute" -> attributes.put((String) arguments[0], arguments[1]);
                    case "removeAttribute" -> attributes.remove((String) arguments[0]);
                    case "getAttributeNames" -> Collections.enumeration(attributes.keySet());
                    case "getHeaders", "getHeaderNames", "getParameterNames" -> Collections.emptyEnumeration();
                    case "getParameterMap" -> Map.of();
                    case "getScheme" -> "http";
                    case "getServerName" -> "localhost";
                    case "getServerPort" -> 80;
                    case "isSecure", "isAsyncStarted", "isAsyncSupported" -> false;
                    case "getHttpServletMapping" -> DISPATCHER_SERVLET;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    case "toString" -> method + " " + path;
                    default -> nothing(called.getReturnType());
                });
    }

    /** What a request that has nothing of the kind answers (false, 0 or null). */
    private static Object nothing(Class<?> type) {
        if (type == boolean.class) {
            return Boolean.FALSE;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    /** The services' one servlet, Spring's dispatcher, mapped to {@code /}. */
    private static final HttpServletMapping DISPATCHER_SERVLET = new HttpServletMapping() {
        @Override
        public String getMatchValue() {
            return "";
        }

        @Override
        public String getPattern() {
            return "/";
        }

        @Override
        public String getServletName() {
            return "dispatcherServlet";
        }

        @Override
        public MappingMatch getMappingMatch() {
            return MappingMatch.DEFAULT;
        }
    };
}
