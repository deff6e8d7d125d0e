package jp.kizuna.events.event;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Optional;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.JapaneseEras;
import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.params.SupportedDate;

/**
 * Whether and when people sign up, in Asia/Tokyo wall-clock time. Registration opens at
 * {@code opensAt} (on publication when not given) and closes at the end of the {@code deadline}
 * day — 「締め切り 令和6年6月19日」 accepts sign-ups until 23:59:59 that day — or at
 * {@code deadlineTime} on that day when one is given. Without a deadline it closes when the event
 * starts; an event whose day is still to be decided stays open. Its days lie within the supported
 * fiscal years ({@link SupportedDates}).
 *
 * <p>Terms that do not fit the schedule are refused ({@link #misfit}, checked on every draft and
 * edit through {@link FitsSchedule}): a deadline after the event starts — a deadline day after the
 * event's first day, or a deadline time after the start on that day — or an opening after the
 * start. A deadline on the event's own day without a time keeps that day open, as the city's
 * 「当日受付」 events do.
 *
 * @param method how to sign up besides the API, as the city writes it (電話, 窓口, …)
 */
public record RegistrationTerms(Boolean required, @SupportedDate LocalDateTime opensAt, @SupportedDate LocalDate deadline,
                                LocalTime deadlineTime, @MultiLineText @Size(max = 500) String method) {

    public static final RegistrationTerms NONE = new RegistrationTerms(false, null, null, null, null);

    /** {@code required} defaults to true: terms are given for an event that takes registrations. */
    public RegistrationTerms {
        required = required == null || required;
        SupportedDates.require(opensAt, "opensAt");
        SupportedDates.require(deadline, "deadline");
        if (deadlineTime != null && deadline == null) {
            throw new IllegalArgumentException("a deadlineTime needs its deadline day");
        }
        if (opensAt != null && deadline != null && closing(deadline, deadlineTime).isBefore(opensAt)) {
            throw new IllegalArgumentException("registration would close (" + deadline + ") before it opens (" + opensAt + ")");
        }
    }

    /** The moment registration closes; empty when it stays open (no deadline, day not decided). */
    public Optional<Instant> closesAt(Schedule schedule) {
        if (deadline != null) {
            return Optional.of(closing(deadline, deadlineTime).atZone(FiscalYear.CITY_ZONE).toInstant());
        }
        return schedule.start().map(ZonedDateTime::toInstant);
    }

    /** A field of the terms that does not fit the event's schedule, and why. */
    public record Misfit(String field, String message) {
    }

    /**
     * Why these terms do not fit the schedule, if they do not: a {@code deadline} day after the
     * event's first day (for a month still to be decided, after that month), a {@code deadlineTime}
     * after the start on the event's day, or an {@code opensAt} not before the start. The deadline is
     * a day, so it is compared with the day the event starts; with a time, with the moment.
     */
    public Optional<Misfit> misfit(Schedule schedule) {
        Optional<ZonedDateTime> start = schedule.start();
        if (start.isPresent()) {
            LocalDateTime starts = start.get().toLocalDateTime();
            String label = JapaneseEras.date(starts.toLocalDate()) + (schedule.allDay() ? "" : " " + starts.toLocalTime());
            if (deadline != null && deadline.isAfter(starts.toLocalDate())) {
                return Optional.of(new Misfit("deadline", "the deadline " + JapaneseEras.date(deadline)
                        + " is after the event starts (" + label + "); registration closes by the start at the latest"));
            }
            if (deadline != null && deadlineTime != null && deadline.equals(starts.toLocalDate())
                    && deadlineTime.isAfter(starts.toLocalTime())) {
                return Optional.of(new Misfit("deadlineTime", "the deadline " + JapaneseEras.date(deadline) + " " + deadlineTime
                        + " is after the event starts (" + label + "); registration closes by the start at the latest"));
            }
            if (opensAt != null && !opensAt.isBefore(starts)) {
                return Optional.of(new Misfit("opensAt", "registration would open (" + opensAt
                        + ") when the event has started (" + label + ")"));
            }
        } else if (schedule.tentative()) {
            YearMonth month = YearMonth.parse(schedule.tentativeMonth());
            if (deadline != null && deadline.isAfter(month.atEndOfMonth())) {
                return Optional.of(new Misfit("deadline", "the deadline " + JapaneseEras.date(deadline)
                        + " is after the month the event is planned for ("
                        + JapaneseEras.month(month.getYear(), month.getMonthValue()) + ")"));
            }
            if (opensAt != null && opensAt.toLocalDate().isAfter(month.atEndOfMonth())) {
                return Optional.of(new Misfit("opensAt", "registration would open (" + opensAt
                        + ") after the month the event is planned for ("
                        + JapaneseEras.month(month.getYear(), month.getMonthValue()) + ")"));
            }
        }
        return Optional.empty();
    }

    /**
     * On {@link EventDetails}: its registration terms fit its schedule ({@link #misfit}); the field
     * at fault is reported as {@code registration.deadline}, {@code registration.deadlineTime} or
     * {@code registration.opensAt}.
     */
    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = FitsScheduleValidator.class)
    public @interface FitsSchedule {

        String message() default "registration must close by the time the event starts";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Checks {@link FitsSchedule}. */
    public static class FitsScheduleValidator implements ConstraintValidator<FitsSchedule, EventDetails> {

        @Override
        public boolean isValid(EventDetails details, ConstraintValidatorContext context) {
            if (details == null || details.schedule() == null || details.registration() == null) {
                return true;
            }
            Optional<Misfit> misfit = details.registration().misfit(details.schedule());
            misfit.ifPresent(m -> {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(m.message().replaceAll("([{}$\\\\])", "\\\\$1"))
                        .addPropertyNode("registration").addPropertyNode(m.field()).addConstraintViolation();
            });
            return misfit.isEmpty();
        }
    }

    /**
     * Why a sign-up is refused: a stable {@code reason} a client can act on or translate
     * ({@code registration-not-required}, {@code registration-not-open-yet}, {@code registration-closed}) and
     * the explanation.
     */
    public record Refusal(String reason, String message) {
    }

    /** Why a sign-up at this moment is refused, if it is. */
    public Optional<Refusal> refusal(Instant now, Schedule schedule) {
        if (!required) {
            return Optional.of(new Refusal("registration-not-required", "this event takes no registrations; just come along"));
        }
        if (opensAt != null && now.isBefore(opensAt.atZone(FiscalYear.CITY_ZONE).toInstant())) {
            return Optional.of(new Refusal("registration-not-open-yet", "registration opens at " + opensAt + " (Asia/Tokyo)"));
        }
        Optional<Instant> closes = closesAt(schedule);
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return Optional.of(new Refusal("registration-closed", deadline != null
                    ? "registration closed with the deadline " + JapaneseEras.date(deadline)
                            + (deadlineTime == null ? "" : " " + deadlineTime)
                    : "registration closed when the event started"));
        }
        return Optional.empty();
    }

    private static LocalDateTime closing(LocalDate deadline, LocalTime deadlineTime) {
        return deadlineTime == null ? deadline.plusDays(1).atStartOfDay() : deadline.atTime(deadlineTime);
    }
}
