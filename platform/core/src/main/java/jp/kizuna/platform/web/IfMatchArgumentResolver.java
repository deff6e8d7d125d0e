package jp.kizuna.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a handler parameter of type {@link IfMatch} the request's {@code If-Match}, read by
 * {@link IfMatch#parse}: a missing header is 428, a malformed one 400, a weak tag 412, before the handler
 * runs. On a handler marked {@link OptionalIfMatch} a missing header is {@code null} (the use case decides
 * whether the resource needs one); a header that is sent is read all the same.
 *
 * <p>Parameters are resolved in the order the handler declares them, so a handler that takes its body
 * before its {@code IfMatch} reports an invalid body first. Several {@code If-Match} headers are read as
 * one list, as {@code @RequestHeader String} did (and a list is no ETag this API issued).
 */
public class IfMatchArgumentResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                   NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        String[] values = webRequest.getHeaderValues(HttpHeaders.IF_MATCH);
        String header = values == null || values.length == 0 ? null : String.join(",", values);
        if (header == null && parameter.hasMethodAnnotation(OptionalIfMatch.class)) {
            return null;
        }
        return IfMatch.parse(header);
    }
}
