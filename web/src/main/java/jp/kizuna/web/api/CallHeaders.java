package jp.kizuna.web.api;

import java.io.IOException;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jp.kizuna.platform.contracts.TraceContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

/**
 * What goes with every API call of a page: the signed-in person's access token (none for an anonymous visitor),
 * the page's language, the visitor's address (so that the gateway's limits count people, not this server) and the
 * page's request id.
 *
 * <p>They are read from the page's request and security context, which live on the page's thread. A call made on
 * another thread for the page ({@link ConcurrentReads}) carries what was read on the page's thread beforehand
 * ({@link #carrying}), so it goes with exactly the headers it would have had on the page's thread, and nothing
 * off that thread touches the servlet request, the session or the person's tokens.
 */
@Component
class CallHeaders implements ClientHttpRequestInterceptor {

    /** The headers of a page's calls, as read on the page's thread; {@link #NONE} outside a page. */
    record Captured(String bearerToken, String language, String forwardedFor, String requestId) {

        static final Captured NONE = new Captured(null, null, null, null);

        /** Whether the calls go with a person's token: their answers may be that person's alone. */
        boolean personal() {
            return bearerToken != null;
        }

        void applyTo(HttpHeaders headers) {
            if (bearerToken != null) {
                headers.setBearerAuth(bearerToken);
            }
            if (language != null) {
                headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
            }
            if (forwardedFor != null) {
                headers.set("X-Forwarded-For", forwardedFor);
            }
            if (requestId != null) {
                headers.set(TraceContext.REQUEST_ID, requestId);
            }
        }
    }

    private static final ThreadLocal<Captured> CARRIED = new ThreadLocal<>();

    private final PersonTokens tokens;
    private final LocaleResolver locales;

    CallHeaders(PersonTokens tokens, LocaleResolver locales) {
        this.tokens = tokens;
        this.locales = locales;
    }

    @Override
    public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
            throws IOException {
        current().applyTo(request.getHeaders());
        return execution.execute(request, body);
    }

    /** The headers a call made now on this thread goes with: those it carries, else those of this thread's page. */
    Captured current() {
        Captured carried = CARRIED.get();
        return carried != null ? carried : capture();
    }

    /**
     * Reads the headers from this thread's page, refreshing the person's access token when it has run out.
     *
     * @throws SignInExpiredException when the person's sign-in can no longer be renewed
     */
    Captured capture() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Captured.NONE;
        }
        HttpServletRequest page = attributes.getRequest();
        String token = tokens.of(SecurityContextHolder.getContext().getAuthentication(), page, attributes.getResponse())
                .orElse(null);
        return new Captured(token, locales.resolveLocale(page).getLanguage(), page.getRemoteAddr(),
                page.getHeader(TraceContext.REQUEST_ID));
    }

    /** Runs the calls on this thread with the given headers, whatever thread they were read on. */
    <T> T carrying(Captured headers, Supplier<T> calls) {
        Captured before = CARRIED.get();
        CARRIED.set(headers);
        try {
            return calls.get();
        } finally {
            if (before == null) {
                CARRIED.remove();
            } else {
                CARRIED.set(before);
            }
        }
    }
}
