package jp.kizuna.platform.web;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The one home of the API's entity tags (docs/api.md, "ETags"). Every successful answer with a body
 * gets a <em>strong</em> ETag made from the bytes it sends: {@code "<hash>"}, or {@code "<version>.<hash>"}
 * where the controller named the resource's version ({@link IfMatch#etag}). So the tag changes whenever
 * the body does (an event whose seat counts moved gets a new one although its version did not), and
 * the version a write must send back in {@code If-Match} is still in it ({@link IfMatch#parse} reads it).
 *
 * <p>A read ({@code GET}, {@code HEAD}) whose {@code If-None-Match} names the current tag is answered
 * {@code 304 Not Modified} without a body (weak comparison, as RFC 9110 §13.1.2 asks for that header).
 * Error answers keep no tag. A {@code HEAD} is answered with the headers the {@code GET} would have had —
 * its tag, length and caching included (RFC 9110 §9.3.2) — by making the {@code GET}'s body and not sending it.
 *
 * <p>How long a read may be kept: an answer to a request without {@code Authorization} is public data
 * (the service answered it to anyone), so {@code Cache-Control: public, max-age=<publicMaxAge>} with
 * {@code Vary: Authorization} (a token may see more, e.g. drafts); an answer to a token is personal or
 * staff business: {@code private, no-store}. Writes and errors keep the security filters' {@code no-store}.
 */
public class RepresentationTags extends OncePerRequestFilter {

    private final String publicCaching;

    public RepresentationTags(Duration publicMaxAge) {
        this.publicCaching = "public, max-age=" + Math.max(0, publicMaxAge.toSeconds());
    }

    /** 128 bits of SHA-256, base64url: a collision needs far more answers than any resource ever has. */
    private static final int HASH_BYTES = 16;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.startsWith("/api/") || path.startsWith("/v3/api-docs"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean head = "HEAD".equals(request.getMethod());
        // only an answer that was completed is tagged and sent: when the chain throws, what it buffered is
        // dropped so that the error answer is written in its place (never a cut-off body tagged as a 200)
        chain.doFilter(head ? asGet(request) : request, answer);
        if (tag(request, answer)) {
            return;
        }
        if (head) {
            response.setContentLength(answer.getContentSize());
        } else {
            answer.copyBodyToResponse();
        }
    }

    /** The request as the {@code GET} whose headers a {@code HEAD} answers with. */
    private static HttpServletRequest asGet(HttpServletRequest head) {
        return new HttpServletRequestWrapper(head) {
            @Override
            public String getMethod() {
                return "GET";
            }
        };
    }

    /** Tags the answer; true when it became a 304 whose body must not be sent. */
    private boolean tag(HttpServletRequest request, ContentCachingResponseWrapper answer) {
        int status = answer.getStatus();
        if (status < 200 || status >= 300 || answer.getContentSize() == 0 || request.isAsyncStarted()) {
            return false;
        }
        String version = IfMatch.versionOf(answer.getHeader(HttpHeaders.ETAG));
        String tag = tagOf(version, answer.getContentAsByteArray());
        HttpServletResponse raw = (HttpServletResponse) answer.getResponse();
        raw.setHeader(HttpHeaders.ETAG, tag);
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && !raw.containsHeader(HttpHeaders.CACHE_CONTROL)) {
            if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
                raw.setHeader(HttpHeaders.CACHE_CONTROL, publicCaching);
                // the gateway compresses text answers: a shared cache keeps the gzip and the plain body apart
                raw.addHeader(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION + ", " + HttpHeaders.ACCEPT_ENCODING);
            } else {
                raw.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
            }
        }
        return read && new ServletWebRequest(request, raw).checkNotModified(tag);
    }

    /** The strong ETag of a body, with the resource's version in front where it has one. */
    static String tagOf(String version, byte[] body) {
        String hash = Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha256(body), HASH_BYTES));
        return "\"" + (version == null ? hash : version + "." + hash) + "\"";
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
