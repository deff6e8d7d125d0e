package jp.kizuna.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.kizuna.platform.text.TextPolicy;
import jp.kizuna.platform.web.params.RequestLimits;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks every query parameter and path variable of every operation before the controller runs:
 * a value is a single line of at most {@link RequestLimits#MAX_PARAMETER} characters under the
 * {@link TextPolicy} (no control, bidirectional or invisible formatting characters). A value that
 * is not answers 400 {@code validation-failed} naming the parameter. Ranges (page, size, fiscal
 * years, days) are declared on the parameters with the annotations of
 * {@link jp.kizuna.platform.web.params} and checked by Spring's method validation right after.
 */
public class RequestParameterGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        List<FieldError> errors = new ArrayList<>();
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> check(String.valueOf(name), String.valueOf(value), errors));
        }
        if (request.getQueryString() != null) {
            request.getParameterMap().forEach((name, values) -> {
                for (String value : values) {
                    check(name, value, errors);
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return true;
    }

    private static void check(String name, String value, List<FieldError> errors) {
        String field = TextPolicy.toSafeLine(name.length() > RequestLimits.MAX_PARAMETER
                ? name.substring(0, RequestLimits.MAX_PARAMETER) : name);
        if (value.codePointCount(0, value.length()) > RequestLimits.MAX_PARAMETER) {
            errors.add(new FieldError(field, "must be at most " + RequestLimits.MAX_PARAMETER + " characters long"));
            return;
        }
        TextPolicy.problem(TextPolicy.normalize(value, TextPolicy.Lines.SINGLE), TextPolicy.Lines.SINGLE)
                .ifPresent(problem -> errors.add(new FieldError(field, problem)));
    }
}
