package jp.kizuna.events.event;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;

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
        return schedule.start().map(start -> start.toInstant());
    }

    /** Why a sign-up at this moment is refused, if it is. */
    public Optional<String> refusal(Instant now, Schedule schedule) {
        if (!required) {
            return Optional.of("this event takes no registrations; just come along");
        }
        if (opensAt != null && now.isBefore(opensAt.atZone(FiscalYear.CITY_ZONE).toInstant())) {
            return Optional.of("registration opens at " + opensAt + " (Asia/Tokyo)");
        }
        Optional<Instant> closes = closesAt(schedule);
        if (closes.isPresent() && !now.isBefore(closes.get())) {
            return Optional.of(deadline != null
                    ? "registration closed with the deadline " + JapaneseEras.date(deadline)
                            + (deadlineTime == null ? "" : " " + deadlineTime)
                    : "registration closed when the event started");
        }
        return Optional.empty();
    }

    private static LocalDateTime closing(LocalDate deadline, LocalTime deadlineTime) {
        return deadlineTime == null ? deadline.plusDays(1).atStartOfDay() : deadline.atTime(deadlineTime);
    }
}
