package jp.kizuna.platform.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.contracts.ProblemTypes;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Refuses with 406 an operation that answers JSON when the caller's {@code Accept} takes no JSON
 * (e.g. {@code image/png}), before the controller runs. Spring MVC only finds that out when it writes
 * the answer, after a write has been stored: the client would see a refusal of a change that was
 * made. Operations that declare the media types they produce ({@code produces}: the CSV, iCalendar,
 * SVG and PDF downloads) are matched against {@code Accept} by Spring MVC itself, before they run;
 * operations that answer without a body (204) accept any {@code Accept}.
 */
public class AnswerNegotiationGuard implements HandlerInterceptor {

    private static final Set<Class<?>> NOT_JSON = Set.of(void.class, Void.class, String.class, byte[].class);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) != null
                || !answersJson(method.getReturnType())) {
            return true;
        }
        List<MediaType> accepted = MediaType.parseMediaTypes(List.copyOf(
                java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT))));
        boolean takesJson = accepted.isEmpty() || accepted.stream()
                .anyMatch(type -> type.getQualityValue() > 0 && type.isCompatibleWith(MediaType.APPLICATION_JSON));
        if (!takesJson) {
            throw new ProblemException(HttpStatus.NOT_ACCEPTABLE, ProblemTypes.NOT_ACCEPTABLE,
                    "This operation answers application/json, which the Accept header does not take; "
                            + "send 'Accept: application/json'. Nothing was done.");
        }
        return true;
    }

    /** Whether the method's answer is a JSON document: not a body-less, text, byte or stream answer. */
    static boolean answersJson(MethodParameter returnType) {
        ResolvableType type = ResolvableType.forMethodParameter(returnType);
        if (HttpEntity.class.isAssignableFrom(type.toClass())) {
            type = type.as(HttpEntity.class).getGeneric(0);
        }
        Class<?> body = type.toClass();
        return !NOT_JSON.contains(body) && !Resource.class.isAssignableFrom(body)
                && !StreamingResponseBody.class.isAssignableFrom(body);
    }
}
