package jp.kizuna.platform.web.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A page number, counted from 0, at most {@link RequestLimits#MAX_PAGE}. */
@Documented
@Min(0)
@Max(RequestLimits.MAX_PAGE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface PageNumber {

    String message() default "must be a page number from 0 to " + RequestLimits.MAX_PAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
