package jp.kizuna.registry.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class MembershipRatesTest {

    static final Instant NOW = Instant.parse("2024-06-01T00:00:00Z");

    static MembershipReport report(String association, String district, int members, int households) {
        return MembershipReport.report(association, association, district, 2023,
                new MembershipFigures(members, households), Actor.of("staff"), NOW);
    }

    @Test
    void theRateIsMemberHouseholdsOverAllHouseholdsInPercentWithOneDecimal() {
        assertThat(MembershipRate.of(912, 1000, 1).ratePercent()).isEqualByComparingTo("91.2");
        assertThat(MembershipRate.of(2, 3, 1).ratePercent()).isEqualByComparingTo("66.7");
        assertThat(MembershipRate.of(1, 8, 1).ratePercent()).isEqualByComparingTo("12.5");
    }

    @Test
    void halfATenthRoundsUp() {
        assertThat(MembershipRate.of(9225, 10000, 1).ratePercent()).isEqualByComparingTo("92.3");
    }

    @Test
    void withoutHouseholdsThereIsNoRate() {
        assertThat(MembershipRate.of(0, 0, 0).ratePercent()).isNull();
    }

    @Test
    void districtAndCityRatesAreSumsOfHouseholdsNotAveragesOfRates() {
        List<MembershipReport> reports = List.of(
                report("a", "湊", 90, 100),     // 90.0 %
                report("b", "湊", 10, 100),     // 10.0 %
                report("c", "一箕", 900, 1000)); // 90.0 %

        MembershipRates rates = MembershipRates.derive(FiscalYear.of(2023), reports);

        assertThat(rates.byDistrict().get("湊").ratePercent()).isEqualByComparingTo("50.0");
        assertThat(rates.byDistrict().get("一箕").ratePercent()).isEqualByComparingTo("90.0");
        assertThat(rates.citywide().memberHouseholds()).isEqualTo(1000);
        assertThat(rates.citywide().totalHouseholds()).isEqualTo(1200);
        assertThat(rates.citywide().ratePercent()).isEqualByComparingTo(new BigDecimal("83.3"));
        assertThat(rates.citywide().reports()).isEqualTo(3);
        assertThat(rates.fiscalYearJapanese()).isEqualTo("令和5年度");
    }

    @Test
    void moreMembersThanHouseholdsIsRefused() {
        assertThatThrownBy(() -> report("a", "湊", 101, 100)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("cannot exceed");
    }

    @Test
    void aCorrectionKeepsTheEarlierFigures() {
        MembershipReport report = report("a", "湊", 80, 100);

        report.correct(new MembershipFigures(85, 100), "集計漏れ", new Actor("staff-2", "鈴木 誠"), NOW.plusSeconds(60));

        assertThat(report.memberHouseholds()).isEqualTo(85);
        assertThat(report.revisions()).extracting(MembershipRevision::memberHouseholds).containsExactly(80, 85);
        assertThat(report.revisions().getLast().reason()).isEqualTo("集計漏れ");
        assertThat(report.revisions().getLast().by()).isEqualTo("staff-2");
        assertThat(report.revisions().getLast().byName()).isEqualTo("鈴木 誠");
    }
}
