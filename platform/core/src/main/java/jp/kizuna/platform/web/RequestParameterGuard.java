package jp.kizuna.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private static final Pattern REFUSED_PARAMETER = Pattern.compile("Parameter \\[([^\\]]{1,200})\\]");

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
            parameters(request).forEach((name, values) -> {
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

    /**
     * The query parameters; the servlet container refuses a query it cannot decode (bad
     * percent-encoding, more parameters than it takes) with an IllegalStateException naming the
     * parameter, which is the client's error, not the service's.
     */
    private static Map<String, String[]> parameters(HttpServletRequest request) {
        try {
            return request.getParameterMap();
        } catch (IllegalStateException e) {
            Matcher parameter = REFUSED_PARAMETER.matcher(String.valueOf(e.getMessage()));
            String name = parameter.find() ? TextPolicy.toSafeLine(parameter.group(1)) : "query";
            throw new InvalidRequestException(List.of(new FieldError(name,
                    "cannot be read: percent-encode it as RFC 3986 says (and send at most a few hundred parameters)")));
        }
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
