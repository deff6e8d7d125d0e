package jp.kizuna.platform.web.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/** A search text, at most {@link RequestLimits#MAX_SEARCH_TEXT} characters (control characters are refused for every parameter by {@link jp.kizuna.platform.web.RequestParameterGuard}). */
@Documented
@Size(max = RequestLimits.MAX_SEARCH_TEXT)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface SearchText {

    String message() default "must be at most " + RequestLimits.MAX_SEARCH_TEXT + " characters long";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
