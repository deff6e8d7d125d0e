package jp.kizuna.registry.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class StageHistoryTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final Instant NOW = Instant.parse("2026-11-22T03:00:00Z");

    static StageHistory record(StageHistory history, DevelopmentStage to, String on, StageEvidence evidence, String note) {
        return history.record(to, HistoricDate.parse(on), evidence, note, new Actor("staff-1", "鈴木 誠（地域づくり課）"), NOW, TODAY);
    }

    @Test
    void anOrganizationWithoutAssessmentHasNoStage() {
        assertThat(StageHistory.NONE.current()).isEmpty();
    }

    @Test
    void theFirstAssessmentComesFromNowhere() {
        StageHistory history = record(StageHistory.NONE, DevelopmentStage.STEP_1, "2024-05-31",
                StageEvidence.ORGANIZATION_FOUNDED, null);

        assertThat(history.current()).contains(DevelopmentStage.STEP_1);
        assertThat(history.changes().getFirst().from()).isNull();
        assertThat(history.changes().getFirst().recordedBy()).isEqualTo("staff-1");
        assertThat(history.changes().getFirst().recordedByName()).isEqualTo("鈴木 誠（地域づくり課）");
    }

    @Test
    void stagesMayBeSkippedForwardOnEvidence() {
        StageHistory history = record(StageHistory.NONE, DevelopmentStage.STEP_2, "2015", StageEvidence.VISION_ADOPTED, null);

        history = record(history, DevelopmentStage.STEP_4, "FY2019", StageEvidence.INCORPORATED, "NPO法人格を取得");

        assertThat(history.current()).contains(DevelopmentStage.STEP_4);
        assertThat(history.changes()).extracting(StageChange::from).containsExactly(null, DevelopmentStage.STEP_2);
    }

    @Test
    void movingBackIsAllowedWithANoteThatSaysWhy() {
        StageHistory history = record(StageHistory.NONE, DevelopmentStage.STEP_3, "FY2023",
                StageEvidence.SECRETARIAT_ESTABLISHED, null);

        StageHistory back = record(history, DevelopmentStage.STEP_2, "FY2025", StageEvidence.ACTIVITY_DECLINED,
                "事務局員が退任し体制づくりが中断");

        assertThat(back.current()).contains(DevelopmentStage.STEP_2);
        assertThat(back.changes().getLast().movesBack()).isTrue();
    }

    @Test
    void movingBackWithoutANoteIsRefused() {
        StageHistory history = record(StageHistory.NONE, DevelopmentStage.STEP_3, "FY2023",
                StageEvidence.SECRETARIAT_ESTABLISHED, null);

        assertThatThrownBy(() -> record(history, DevelopmentStage.STEP_2, "FY2025", StageEvidence.ACTIVITY_DECLINED, " "))
                .isInstanceOf(ProblemException.class).hasMessageContaining("needs a note");
    }

    @Test
    void aChangeToTheCurrentStepIsRefused() {
        StageHistory history = record(StageHistory.NONE, DevelopmentStage.STEP_1, "2019-09",
                StageEvidence.ORGANIZATION_FOUNDED, null);

        assertThatThrownBy(() -> record(history, DevelopmentStage.STEP_1, "2020", StageEvidence.REASSESSED, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("already at ステップ1");
    }

    @Test
    void aChangeCertainlyBeforeTheLastOneIsRefusedButAnOverlappingDateIsNot() {
        StageHistory founded = record(StageHistory.NONE, DevelopmentStage.STEP_1, "2015-03",
                StageEvidence.ORGANIZATION_FOUNDED, null);

        assertThat(record(founded, DevelopmentStage.STEP_2, "2015", StageEvidence.VISION_ADOPTED, null).current())
                .contains(DevelopmentStage.STEP_2);
        assertThatThrownBy(() -> record(founded, DevelopmentStage.STEP_2, "2014-12", StageEvidence.VISION_ADOPTED, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("before the last recorded change");
    }

    @Test
    void aChangeInTheFutureIsRefused() {
        assertThatThrownBy(() -> record(StageHistory.NONE, DevelopmentStage.STEP_1, "2027-01",
                StageEvidence.ORGANIZATION_FOUNDED, null))
                .isInstanceOf(ProblemException.class).hasMessageContaining("future");
    }
}
