package jp.kizuna.events.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class RegistrationTermsTest {

    static final RegistrationTerms FIRST_SESSION = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 19), null, null);
    static final RegistrationTerms LATER_SESSIONS = new RegistrationTerms(true, null, null, null, null);

    static Instant tokyo(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @Test
    void theDeadlineDayIsOpenUntilItsLastMomentInTokyo() {
        assertThat(FIRST_SESSION.refusal(tokyo("2024-06-19T23:59:59.999"), ScheduleTest.FIRST_WORKSHOP)).isEmpty();
        assertThat(FIRST_SESSION.refusal(tokyo("2024-06-20T00:00:00"), ScheduleTest.FIRST_WORKSHOP))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo("registration-closed");
                    assertThat(refusal.message()).contains("令和6年6月19日");
                });
    }

    @Test
    void theDeadlineIsTokyoTimeNotUtc() {
        // 2024-06-19T15:30Z is already 00:30 on the 20th in Aizuwakamatsu
        assertThat(FIRST_SESSION.refusal(Instant.parse("2024-06-19T15:30:00Z"), ScheduleTest.FIRST_WORKSHOP)).isPresent();
        assertThat(FIRST_SESSION.refusal(Instant.parse("2024-06-19T14:59:59Z"), ScheduleTest.FIRST_WORKSHOP)).isEmpty();
    }

    @Test
    void aDeadlineWithATimeClosesAtThatTime() {
        RegistrationTerms noon = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 19), LocalTime.NOON, null);

        assertThat(noon.refusal(tokyo("2024-06-19T11:59:59"), ScheduleTest.FIRST_WORKSHOP)).isEmpty();
        assertThat(noon.refusal(tokyo("2024-06-19T12:00:00"), ScheduleTest.FIRST_WORKSHOP)).isPresent();
    }

    @Test
    void withoutADeadlineRegistrationClosesWhenTheSessionStarts() {
        Schedule second = Schedule.on(LocalDate.of(2024, 7, 10), LocalTime.of(18, 30), LocalTime.of(20, 0));

        assertThat(LATER_SESSIONS.refusal(tokyo("2024-07-10T18:29:59"), second)).isEmpty();
        assertThat(LATER_SESSIONS.refusal(tokyo("2024-07-10T18:30:00"), second)).isPresent();
    }

    @Test
    void aSessionWhoseDayIsNotDecidedStaysOpen() {
        assertThat(LATER_SESSIONS.closesAt(ScheduleTest.FIFTH_WORKSHOP)).isEmpty();
        assertThat(LATER_SESSIONS.refusal(tokyo("2024-09-30T12:00:00"), ScheduleTest.FIFTH_WORKSHOP)).isEmpty();
    }

    @Test
    void registrationDoesNotOpenBeforeItsOpeningTime() {
        RegistrationTerms fromJune = new RegistrationTerms(true, LocalDateTime.of(2024, 6, 1, 9, 0), null, null, null);

        assertThat(fromJune.refusal(tokyo("2024-06-01T08:59:59"), ScheduleTest.FIRST_WORKSHOP)).isPresent();
        assertThat(fromJune.refusal(tokyo("2024-06-01T09:00:00"), ScheduleTest.FIRST_WORKSHOP)).isEmpty();
    }

    @Test
    void anEventWithoutRegistrationTakesNoSignUps() {
        assertThat(RegistrationTerms.NONE.refusal(tokyo("2024-06-01T09:00:00"), ScheduleTest.FIRST_WORKSHOP))
                .hasValueSatisfying(refusal -> {
                    assertThat(refusal.reason()).isEqualTo("registration-not-required");
                    assertThat(refusal.message()).contains("no registrations");
                });
    }

    @Test
    void aDeadlineAfterTheEventStartsDoesNotFitItsSchedule() {
        RegistrationTerms dayAfter = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 22), null, null);
        RegistrationTerms lateThatEvening = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 21), LocalTime.of(19, 0), null);

        assertThat(dayAfter.misfit(ScheduleTest.FIRST_WORKSHOP)).hasValueSatisfying(misfit -> {
            assertThat(misfit.field()).isEqualTo("deadline");
            assertThat(misfit.message()).contains("令和6年6月22日", "after the event starts");
        });
        assertThat(lateThatEvening.misfit(ScheduleTest.FIRST_WORKSHOP)).map(RegistrationTerms.Misfit::field)
                .hasValue("deadlineTime");
        assertThat(FIRST_SESSION.misfit(ScheduleTest.FIRST_WORKSHOP)).isEmpty();
    }

    @Test
    void aDeadlineOnTheEventsDayFitsAndADeadlineTimeFitsUpToTheStart() {
        RegistrationTerms onTheDay = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 21), null, null);
        RegistrationTerms atTheStart = new RegistrationTerms(true, null, LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), null);

        assertThat(onTheDay.misfit(ScheduleTest.FIRST_WORKSHOP)).isEmpty();
        assertThat(onTheDay.closesAt(ScheduleTest.FIRST_WORKSHOP)).hasValue(tokyo("2024-06-22T00:00:00"));
        assertThat(atTheStart.misfit(ScheduleTest.FIRST_WORKSHOP)).isEmpty();
    }

    @Test
    void registrationMayNotOpenOnceTheEventHasStarted() {
        RegistrationTerms tooLate = new RegistrationTerms(true, LocalDateTime.of(2024, 6, 21, 18, 30), null, null, null);

        assertThat(tooLate.misfit(ScheduleTest.FIRST_WORKSHOP)).map(RegistrationTerms.Misfit::field).hasValue("opensAt");
    }

    @Test
    void forAMonthStillToBeDecidedTheDeadlineFallsWithinThatMonth() {
        RegistrationTerms inOctober = new RegistrationTerms(true, null, LocalDate.of(2024, 10, 31), null, null);
        RegistrationTerms inNovember = new RegistrationTerms(true, null, LocalDate.of(2024, 11, 1), null, null);

        assertThat(inOctober.misfit(ScheduleTest.FIFTH_WORKSHOP)).isEmpty();
        assertThat(inNovember.misfit(ScheduleTest.FIFTH_WORKSHOP)).hasValueSatisfying(misfit ->
                assertThat(misfit.message()).contains("令和6年10月"));
    }
}
