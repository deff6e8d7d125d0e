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

/** The number of items on a page, from 1 to {@link RequestLimits#MAX_PAGE_SIZE}. */
@Documented
@Min(1)
@Max(RequestLimits.MAX_PAGE_SIZE)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface PageSize {

    String message() default "must be a page size from 1 to " + RequestLimits.MAX_PAGE_SIZE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
