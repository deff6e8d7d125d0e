package jp.kizuna.platform.web.params;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jp.kizuna.platform.time.SupportedDates;

/**
 * A day (or a moment on a day) within the supported fiscal years, {@value SupportedDates#FIRST} to
 * {@value SupportedDates#LAST}, as a parameter or a field.
 */
@Documented
@Constraint(validatedBy = {SupportedDate.OfDay.class, SupportedDate.OfMoment.class})
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD, ElementType.TYPE_USE})
public @interface SupportedDate {

    String message() default "must be a day from " + SupportedDates.FIRST + " to " + SupportedDates.LAST;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class OfDay implements ConstraintValidator<SupportedDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
            return day == null || SupportedDates.contains(day);
        }
    }

    class OfMoment implements ConstraintValidator<SupportedDate, LocalDateTime> {
        @Override
        public boolean isValid(LocalDateTime moment, ConstraintValidatorContext context) {
            return moment == null || SupportedDates.contains(moment.toLocalDate());
        }
    }
}
