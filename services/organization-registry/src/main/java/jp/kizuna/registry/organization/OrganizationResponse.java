package jp.kizuna.registry.organization;

import java.time.Instant;
import java.util.List;

import jp.kizuna.platform.time.HistoricDate;

/** An organization as the API shows it, with its dated history. */
public record OrganizationResponse(
        String id,
        String name,
        String officialName,
        String nameKana,
        String nameEn,
        List<FormerName> formerNames,
        OrganizationKind kind,
        String kindJapanese,
        List<String> districts,
        HistoricDate foundedOn,
        LegalForm legalForm,
        String legalFormJapanese,
        HistoricDate incorporatedOn,
        OrganizationStatus status,
        HistoricDate dissolvedOn,
        String dissolutionReason,
        StageView stage,
        List<StageChange> stageHistory,
        List<VisionView> visions,
        List<FacilityContract> facilityContracts,
        Profile profile,
        List<ActivityView> activities,
        List<PublicLink> links,
        Instant registeredAt,
        Instant updatedAt,
        long version) {

    /** A development stage with the city's wording for it. */
    public record StageView(DevelopmentStage code, String label, String goal, String localWork) {

        static StageView of(DevelopmentStage stage) {
            return stage == null ? null : new StageView(stage, stage.label(), stage.goal(), stage.localWork());
        }
    }

    /** A vision plan with its Japanese revision and period labels. */
    public record VisionView(String title, HistoricDate adoptedOn, Integer planFrom, Integer planTo,
                             String planPeriodJapanese, Integer revision, String revisionJapanese, String documentUrl) {

        static VisionView of(VisionPlan plan) {
            return new VisionView(plan.title(), plan.adoptedOn(), plan.planFrom(), plan.planTo(),
                    plan.planPeriodJapanese(), plan.revision(), plan.revisionJapanese(), plan.documentUrl());
        }
    }

    /** An activity with the Japanese name of its category. */
    public record ActivityView(ActivityCategory category, String categoryJapanese, String title, String description) {

        static ActivityView of(Activity activity) {
            return new ActivityView(activity.category(), activity.category().japaneseName(), activity.title(),
                    activity.description());
        }
    }

    static OrganizationResponse of(Organization o) {
        Registration r = o.registration();
        return new OrganizationResponse(o.id(), o.name().name(), o.officialName(), o.name().nameKana(), o.name().nameEn(), o.formerNames(),
                r.kind(), r.kind().japaneseName(), r.districts(), r.foundedOn(), r.legalForm(),
                r.legalForm().japaneseName(), r.incorporatedOn(), o.status(), o.dissolvedOn(), o.dissolutionReason(),
                StageView.of(o.stage().orElse(null)), o.stageHistory().changes(),
                o.visions().stream().map(VisionView::of).toList(), o.facilityContracts(), o.profile(),
                o.activities().stream().map(ActivityView::of).toList(), o.links(), o.registeredAt(), o.updatedAt(),
                o.version() == null ? 0 : o.version());
    }
}
