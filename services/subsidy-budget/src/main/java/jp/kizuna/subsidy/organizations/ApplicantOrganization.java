package jp.kizuna.subsidy.organizations;

import java.time.LocalDate;
import java.util.List;

/**
 * What the subsidy service knows of an organization, from the registry's events: enough to decide
 * eligibility and to show who applied.
 *
 * @param visionsAdopted adoption days of its community vision plans, oldest first
 */
public record ApplicantOrganization(String id, String name, String kind, String status, String stage,
                                    List<String> districts, List<LocalDate> visionsAdopted) {

    public ApplicantOrganization {
        districts = districts == null ? List.of() : List.copyOf(districts);
        visionsAdopted = visionsAdopted == null ? List.of() : List.copyOf(visionsAdopted);
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public boolean hasAdoptedVision() {
        return !visionsAdopted.isEmpty();
    }
}
