package jp.kizuna.localauth.oidc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.localauth.signin.AbuseLimits;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Failed client authentications at the token, revocation and introspection endpoints are counted per
 * client id; past the limit the client's requests are answered {@code 429} with {@code Retry-After} before
 * its secret is even checked, so a secret cannot be guessed at the speed of the network.
 */
final class TokenEndpointThrottle {

    private final AbuseLimits limits;

    TokenEndpointThrottle(AbuseLimits limits) {
        this.limits = limits;
    }

    /** Refuses a throttled client's request up front. */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/oauth2/");
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Optional<Duration> wait = clientId(request).flatMap(limits::tokenRequestWait);
                if (wait.isPresent()) {
                    long seconds = Math.max(1, wait.get().toSeconds());
                    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.getWriter().write("{\"error\":\"too_many_requests\",\"error_description\":"
                            + "\"Too many failed client authentications; retry after " + seconds + " s.\"}");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }

    /**
     * Counts a failed client authentication, then answers as the endpoint would by itself: {@code 401} for
     * {@code invalid_client}, {@code 400} for anything else, with the OAuth error document.
     */
    AuthenticationFailureHandler failureHandler() {
        OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
            clientId(request).ifPresent(limits::tokenRequestFailed);
            SecurityContextHolder.clearContext();
            OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError() : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
            ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
            answer.setStatusCode(OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())
                    ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST);
            errors.write(error, null, answer);
        };
    }

    static Optional<String> clientId(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return colon > 0 ? Optional.of(java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8))
                        : Optional.empty();
            } catch (IllegalArgumentException malformed) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(request.getParameter(OAuth2ParameterNames.CLIENT_ID)).filter(id -> !id.isBlank());
    }
}
