package jp.kizuna.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ScheduleTest {

    static final Schedule FIRST_WORKSHOP = Schedule.on(LocalDate.of(2024, 6, 21), LocalTime.of(18, 30), LocalTime.of(20, 0));
    static final Schedule FIFTH_WORKSHOP = new Schedule(null, null, LocalTime.of(18, 30), LocalTime.of(20, 0), "2024-10", null);

    @Test
    void aDatedSessionReadsAsTheCityWritesIt() {
        assertThat(FIRST_WORKSHOP.japaneseLabel()).isEqualTo("令和6年6月21日(金) 18時30分から20時");
    }

    @Test
    void aSessionWhoseDayIsNotDecidedReadsAsPlannedForItsMonth() {
        assertThat(FIFTH_WORKSHOP.japaneseLabel()).isEqualTo("令和6年10月予定 18時30分から20時");
        assertThat(FIFTH_WORKSHOP.start()).isEmpty();
        assertThat(FIFTH_WORKSHOP.fiscalYear().startYear()).isEqualTo(2024);
    }

    @Test
    void anEventKnownOnlyByItsFiscalYearIsLabelledWithIt() {
        Schedule cleanup = new Schedule(null, null, null, null, null, 2023);

        assertThat(cleanup.japaneseLabel()).isEqualTo("令和5年度");
        assertThat(cleanup.over(Instant.parse("2024-04-01T00:00:00Z"))).isTrue();
        assertThat(cleanup.over(Instant.parse("2024-03-30T00:00:00Z"))).isFalse();
    }

    @Test
    void timesAreTokyoWallClockTime() {
        assertThat(FIRST_WORKSHOP.start().orElseThrow().toOffsetDateTime())
                .isEqualTo(OffsetDateTime.parse("2024-06-21T18:30:00+09:00"));
        assertThat(FIRST_WORKSHOP.end().orElseThrow().toInstant()).isEqualTo(Instant.parse("2024-06-21T11:00:00Z"));
    }

    @Test
    void anAllDayEventOverSeveralDaysEndsWithItsLastDay() {
        Schedule festival = new Schedule(LocalDate.of(2024, 8, 3), LocalDate.of(2024, 8, 4), null, null, null, null);

        assertThat(festival.japaneseLabel()).isEqualTo("令和6年8月3日(土)から令和6年8月4日(日)");
        assertThat(festival.end().orElseThrow().toOffsetDateTime()).isEqualTo(OffsetDateTime.parse("2024-08-05T00:00:00+09:00"));
    }

    @Test
    void anEventInMarchBelongsToTheFiscalYearThatBeganTheApril_before() {
        assertThat(Schedule.on(LocalDate.of(2025, 3, 31), null, null).fiscalYear().startYear()).isEqualTo(2024);
        assertThat(Schedule.on(LocalDate.of(2025, 4, 1), null, null).fiscalYear().startYear()).isEqualTo(2025);
    }

    @Test
    void refusesAScheduleThatIsBothDatedAndTentativeOrEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Schedule(LocalDate.of(2024, 10, 1), null, null, null, "2024-10", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Schedule(null, null, null, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Schedule.on(LocalDate.of(2024, 6, 21), LocalTime.of(20, 0), LocalTime.of(18, 30)))
                .hasMessageContaining("after startTime");
        assertThatThrownBy(() -> new Schedule(null, null, null, null, "2024-13", null)).hasMessageContaining("yyyy-MM");
    }

    @Test
    void refusesADayOrFiscalYearItCouldNotShowWithItsEra() {
        assertThatThrownBy(() -> Schedule.on(LocalDate.of(10000, 1, 1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported days");
        assertThatThrownBy(() -> Schedule.on(LocalDate.of(1850, 5, 1), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the supported days");
        assertThatThrownBy(() -> new Schedule(null, null, null, null, "9999-12", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tentativeMonth");
        assertThatThrownBy(() -> new Schedule(null, null, null, null, null, 99999))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1989 to 2100");
        assertThatThrownBy(() -> new Schedule(LocalDate.of(2024, 6, 21), LocalDate.of(2200, 1, 1), null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("endDate");
    }
}
