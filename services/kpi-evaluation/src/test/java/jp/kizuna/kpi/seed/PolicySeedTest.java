package jp.kizuna.kpi.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import jp.kizuna.kpi.indicator.ActualState;
import jp.kizuna.kpi.indicator.Indicator;
import jp.kizuna.kpi.policy.Measure;
import jp.kizuna.kpi.policy.NextYearDirection;
import jp.kizuna.kpi.policy.PolicyField;
import jp.kizuna.kpi.policy.Project;
import org.junit.jupiter.api.Test;

/** The seed dataset holds the evaluation sheet of policy field 36 (seed 000) as the city wrote it. */
class PolicySeedTest {

    static final PolicySeed SEED = KpiSeedLoader.read();
    static final PolicyField FIELD = KpiSeedLoader.policyField(SEED);
    static final Instant NOW = Instant.parse("2026-11-22T00:00:00Z");

    @Test
    void thePolicyTreeRunsFromGoal5ToTheTwentyThreeProjects() {
        assertThat(FIELD.policyGoal().name()).isEqualTo("豊かで魅力ある地域づくり");
        assertThat(FIELD.policy().name()).isEqualTo("ひとの力を活かした地域活力の創造・再生");
        assertThat(FIELD.vision()).isEqualTo("地域コミュニティの主体的で活発な活動により、強い絆のもと特色ある地域づくりが進むまち");
        assertThat(FIELD.measures()).extracting(Measure::name)
                .containsExactly("地域コミュニティへの支援", "地域主体のまちづくりの推進", "中山間地域の活力の向上");
        assertThat(FIELD.measures()).extracting(m -> m.projects().size()).containsExactly(9, 12, 2);
    }

    @Test
    void everyProjectHasItsDepartmentPurposeAndFlags() {
        FIELD.measures().forEach(m -> m.projects().forEach(p -> {
            assertThat(p.department()).as(p.name()).isNotBlank();
            assertThat(p.purpose()).as(p.name()).isNotBlank();
            assertThat(p.sdgTarget()).as(p.name()).isIn("11.7", "11.17", "17.17");
            assertThat(p.depopulationPillar()).as(p.name()).isIn(2, 3);
        }));
        Project terrestrialTv = FIELD.project(1, 1);
        assertThat(terrestrialTv.nextYearDirection()).isEqualTo(NextYearDirection.NEW);
        assertThat(terrestrialTv.hasLogicModel()).isTrue();
        assertThat(terrestrialTv.outcomeIndicator().values().get(2).text()).isEqualTo("約150");
        assertThat(terrestrialTv.outcomeIndicator().values().get(2).approximate()).isTrue();
        assertThat(FIELD.project(2, 1).priority()).isTrue();
        assertThat(FIELD.project(2, 8).department()).isEqualTo("教育委員会 北公民館");
    }

    @Test
    void theProjectTextsAreTheSheets() {
        assertThat(FIELD.project(1, 7).progress()).contains("市内31団体511名参加");
        assertThat(FIELD.project(1, 8).purpose()).contains("集落案内標識209基", "106基", "旧北会津村地区50基", "旧河東町地区53基");
        assertThat(FIELD.project(2, 4).progress()).contains("会員数44名", "平成25年７月：北会津地域づくり委員会設立");
        assertThat(FIELD.project(2, 2).logicModel().midTerm()).isEqualTo("地域住民が主体となり地域運営組織の持続的な運営が行われる");
        assertThat(FIELD.project(2, 2).outcomeIndicator().values()).extracting(v -> v.number())
                .containsExactly(new BigDecimal("5"), new BigDecimal("5"));
        assertThat(FIELD.project(3, 2).issues()).contains("みなと・おおとチャンネル");
        assertThat(FIELD.measure(1).progress()).contains("市内31団体511名の参加を得た");
        assertThat(FIELD.measure(3).finalEvaluation()).startsWith("・施策３「中山間地域の活力の向上」");
    }

    @Test
    void theKpisCarryTheSheetsTargetsAndConfirmedActuals() {
        Indicator membership = KpiSeedLoader.indicator(36, SEED.indicators().get(0), NOW);
        Indicator organizations = KpiSeedLoader.indicator(36, SEED.indicators().get(1), NOW);

        assertThat(membership.planYears()).containsExactly(2022, 2023, 2024);
        assertThat(membership.target(2024).value()).isEqualByComparingTo("92.0");
        assertThat(membership.actual(2022).value()).isEqualByComparingTo("91.2");
        assertThat(membership.actual(2023).value()).isEqualByComparingTo("92.2");
        assertThat(membership.actual(2023).state()).isEqualTo(ActualState.CONFIRMED);
        assertThat(membership.actual(2024)).isNull();
        assertThat(organizations.target(2022).value()).isEqualByComparingTo("6");
        assertThat(organizations.target(2024).value()).isEqualByComparingTo("10");
        assertThat(organizations.finalTarget()).isEqualByComparingTo("15");
        assertThat(organizations.actual(2022).value()).isEqualByComparingTo("5");
        assertThat(organizations.actual(2023)).isNull();
        assertThat(organizations.verification()).contains("概ね目標通り達成している");
    }
}
