package jp.kizuna.subsidy.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jp.kizuna.subsidy.organizations.ApplicantOrganization;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    /** 地域づくりビジョン推進事業補助金: active regional management organizations; activities need a vision. */
    static final Eligibility VISION_PROMOTION = new Eligibility(List.of("REGIONAL_MANAGEMENT_ORGANIZATION"), true,
            Set.of(Purpose.VISION_DRAFTING, Purpose.VISION_BASED_ACTIVITY), Set.of(Purpose.VISION_BASED_ACTIVITY));

    static ApplicantOrganization organization(String kind, String status, boolean vision) {
        return new ApplicantOrganization("x", "一箕地区ひとみ創造ネットワーク", kind, status, "STEP_1", List.of("一箕"),
                vision ? List.of(LocalDate.of(2025, 3, 1)) : List.of());
    }

    @Test
    void anActiveRegionalOrganizationMayApplyToDraftItsVision() {
        assertThat(VISION_PROMOTION.refusal(organization("REGIONAL_MANAGEMENT_ORGANIZATION", "ACTIVE", false),
                Purpose.VISION_DRAFTING)).isEmpty();
    }

    @Test
    void activitiesBasedOnAVisionNeedAnAdoptedVision() {
        assertThat(VISION_PROMOTION.refusal(organization("REGIONAL_MANAGEMENT_ORGANIZATION", "ACTIVE", false),
                Purpose.VISION_BASED_ACTIVITY)).hasValueSatisfying(r -> assertThat(r).contains("地域づくりビジョン"));
        assertThat(VISION_PROMOTION.refusal(organization("REGIONAL_MANAGEMENT_ORGANIZATION", "ACTIVE", true),
                Purpose.VISION_BASED_ACTIVITY)).isEmpty();
    }

    @Test
    void otherKindsDissolvedOrganizationsAndOtherPurposesAreRefused() {
        assertThat(VISION_PROMOTION.refusal(organization("NEIGHBORHOOD_ASSOCIATION", "ACTIVE", true),
                Purpose.VISION_DRAFTING)).isPresent();
        assertThat(VISION_PROMOTION.refusal(organization("REGIONAL_MANAGEMENT_ORGANIZATION", "DISSOLVED", true),
                Purpose.VISION_DRAFTING)).hasValueSatisfying(r -> assertThat(r).contains("not active"));
        assertThat(VISION_PROMOTION.refusal(organization("REGIONAL_MANAGEMENT_ORGANIZATION", "ACTIVE", true),
                Purpose.MEETING_HOUSE_REPAIR)).isPresent();
    }
}
