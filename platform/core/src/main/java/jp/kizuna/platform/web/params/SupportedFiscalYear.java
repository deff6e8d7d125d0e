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
import jp.kizuna.platform.time.FiscalYear;

/**
 * A fiscal year the platform keeps records for ({@link FiscalYear#supported}), as a parameter or a
 * field. A parameter's range is shown in the OpenAPI document by the platform; a body field also
 * says {@code @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM)}.
 */
@Documented
@Min(FiscalYear.FIRST_SUPPORTED)
@Max(FiscalYear.LAST_SUPPORTED)
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface SupportedFiscalYear {

    /** For a body field's {@code @Schema(minimum = …)}: the OpenAPI documents show the range there. */
    String MINIMUM = "" + FiscalYear.FIRST_SUPPORTED;
    String MAXIMUM = "" + FiscalYear.LAST_SUPPORTED;

    String message() default "must be a fiscal year from " + FiscalYear.FIRST_SUPPORTED + " to " + FiscalYear.LAST_SUPPORTED;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
