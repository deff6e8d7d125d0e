package jp.kizuna.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HistoricDateTest {

    @Test
    void aMonthAsTheSeedsWriteIt() {
        HistoricDate july2013 = HistoricDate.parse("2013-07");

        assertThat(july2013.precision()).isEqualTo(HistoricDate.Precision.MONTH);
        assertThat(july2013.firstDay()).isEqualTo(LocalDate.of(2013, 7, 1));
        assertThat(july2013.lastDay()).isEqualTo(LocalDate.of(2013, 7, 31));
        assertThat(july2013.japaneseLabel()).isEqualTo("平成25年7月");
    }

    @Test
    void aFiscalYearRunsFromAprilToMarch() {
        HistoricDate fy2019 = HistoricDate.parse("FY2019");

        assertThat(fy2019.firstDay()).isEqualTo(LocalDate.of(2019, 4, 1));
        assertThat(fy2019.lastDay()).isEqualTo(LocalDate.of(2020, 3, 31));
        assertThat(fy2019.japaneseLabel()).isEqualTo("令和元年度");
    }

    @Test
    void daysAroundTheEraChangeAreNamedInTheirOwnEra() {
        assertThat(HistoricDate.parse("2019-04-30").japaneseLabel()).isEqualTo("平成31年4月30日");
        assertThat(HistoricDate.parse("2019-05-01").japaneseLabel()).isEqualTo("令和元年5月1日");
        assertThat(HistoricDate.parse("2024-05-31").japaneseLabel()).isEqualTo("令和6年5月31日");
        assertThat(HistoricDate.parse("2015").japaneseLabel()).isEqualTo("平成27年");
    }

    @Test
    void orderedByFirstDayThenTheMorePreciseLast() {
        assertThat(HistoricDate.parse("2013")).isLessThan(HistoricDate.parse("2013-07"));
        assertThat(HistoricDate.parse("2013-07")).isLessThan(HistoricDate.parse("2013-07-15"));
        assertThat(HistoricDate.parse("FY2019")).isGreaterThan(HistoricDate.parse("2019-03-31"));
    }

    @Test
    void rejectsWhatIsNotADate() {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricDate.parse("2013-13"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricDate.parse("2023-02-30"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricDate.parse("平成25年"));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricDate.parse("1800"));
    }

    @Test
    void isReadFromAStringAndShownWithItsMeaning() {
        JsonMapper json = JsonMapper.builder().build();

        HistoricDate read = json.readValue("\"FY2023\"", HistoricDate.class);
        String written = json.writeValueAsString(read);

        assertThat(read).isEqualTo(HistoricDate.parse("FY2023"));
        assertThat(written).contains("\"value\":\"FY2023\"", "\"precision\":\"FISCAL_YEAR\"",
                "\"firstDay\":\"2023-04-01\"", "\"japaneseLabel\":\"令和5年度\"");
    }

    @Test
    void refusesAYearAfterTheLastSupportedFiscalYearWhenItComesInButStillReadsAStoredOne() {
        assertThat(HistoricDate.parse("FY2100").lastDay()).isEqualTo(LocalDate.of(2101, 3, 31));
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricDate.parse("2101-01"))
                .withMessageContaining("after 2100");
        assertThat(new HistoricDate("9999").japaneseLabel()).isEqualTo("令和7981年");
    }
}
