package jp.kizuna.registry.seed;

import java.util.List;

import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.registry.district.District;
import jp.kizuna.registry.organization.Activity;
import jp.kizuna.registry.organization.DevelopmentStage;
import jp.kizuna.registry.organization.FacilityContract;
import jp.kizuna.registry.organization.LegalForm;
import jp.kizuna.registry.organization.OrganizationKind;
import jp.kizuna.registry.organization.Profile;
import jp.kizuna.registry.organization.PublicLink;
import jp.kizuna.registry.organization.StageEvidence;
import jp.kizuna.registry.organization.VisionPlan;
import jp.kizuna.registry.placement.PlacementEnd;
import jp.kizuna.registry.placement.PlacementProgramme;
import jp.kizuna.registry.placement.PlacementTerms;

/** The shape of {@code seed/registry-seed.yaml}. */
record SeedDataset(String recordedBy, List<District> districts, List<SeedOrganization> organizations,
                   List<SeedPlacement> placements) {

    record SeedOrganization(
            String id,
            String name,
            String nameKana,
            String nameEn,
            OrganizationKind kind,
            List<String> districts,
            HistoricDate foundedOn,
            LegalForm legalForm,
            Profile profile,
            List<Activity> activities,
            List<PublicLink> links,
            List<VisionPlan> visions,
            List<SeedStage> stages,
            List<SeedRename> renames,
            SeedIncorporation incorporation,
            List<FacilityContract> facilityContracts) {
    }

    record SeedStage(DevelopmentStage stage, HistoricDate effectiveOn, StageEvidence evidence, String note) {
    }

    record SeedRename(String name, String nameKana, String nameEn, HistoricDate renamedOn) {
    }

    record SeedIncorporation(LegalForm legalForm, HistoricDate incorporatedOn) {
    }

    record SeedPlacement(
            String id,
            PlacementProgramme programme,
            String hostOrganizationId,
            String area,
            String role,
            Integer headcount,
            HistoricDate startedOn,
            HistoricDate plannedEndOn,
            String note,
            PlacementEnd ended) {

        PlacementTerms terms() {
            return new PlacementTerms(id, programme, hostOrganizationId, area, role, headcount, startedOn, plannedEndOn,
                    note);
        }
    }
}
