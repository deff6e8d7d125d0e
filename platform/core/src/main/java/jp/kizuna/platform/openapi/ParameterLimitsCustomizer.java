package jp.kizuna.platform.openapi;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.params.RequestLimits;
import jp.kizuna.platform.web.params.SupportedDate;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.core.MethodParameter;

/**
 * Shows in the OpenAPI documents the limits that the constraint annotations of
 * {@link jp.kizuna.platform.web.params} declare on query parameters and path variables (springdoc
 * reads {@code @Min}, {@code @Max} and {@code @Size} only where they are written directly):
 * minimum and maximum of page numbers, page sizes and fiscal years, the longest search text, the
 * supported days. Every string query parameter and path variable gets the platform-wide maximum
 * length of {@link RequestLimits#MAX_PARAMETER}.
 *
 * <p>Only parameters: a springdoc {@code PropertyCustomizer} for the body schemas doubled the time
 * of a service's first API document (the gateway waits 5 s for it), so body fields declare their
 * limits for the document with {@code @Schema} where it matters (fiscal years).
 */
public class ParameterLimitsCustomizer implements ParameterCustomizer {

    @Override
    public Parameter customize(Parameter parameter, MethodParameter methodParameter) {
        if (parameter == null || parameter.getSchema() == null) {
            return parameter;
        }
        Schema<?> schema = parameter.getSchema();
        for (Annotation annotation : methodParameter.getParameterAnnotations()) {
            apply(schema, annotation);
        }
        boolean inUrl = "query".equals(parameter.getIn()) || "path".equals(parameter.getIn());
        if (inUrl && "string".equals(schema.getType()) && schema.getFormat() == null && schema.getEnum() == null
                && schema.getMaxLength() == null) {
            schema.setMaxLength(RequestLimits.MAX_PARAMETER);
        }
        return parameter;
    }

    private static void describe(Schema<?> schema, String text) {
        if (schema.getDescription() == null) {
            schema.setDescription(text);
        } else if (!schema.getDescription().contains(text)) {
            schema.setDescription(schema.getDescription() + " " + text);
        }
    }

    private static void apply(Schema<?> schema, Annotation annotation) {
        Class<? extends Annotation> kind = annotation.annotationType();
        if (!kind.getPackageName().equals(RequestLimits.class.getPackageName())) {
            return;
        }
        if (kind == SupportedDate.class) {
            describe(schema, "A day from " + SupportedDates.FIRST + " to " + SupportedDates.LAST + ".");
            return;
        }
        Min min = kind.getAnnotation(Min.class);
        Max max = kind.getAnnotation(Max.class);
        Size size = kind.getAnnotation(Size.class);
        if (min != null) {
            schema.setMinimum(BigDecimal.valueOf(min.value()));
        }
        if (max != null) {
            schema.setMaximum(BigDecimal.valueOf(max.value()));
        }
        if (size != null) {
            schema.setMaxLength(size.max());
        }
    }
}
