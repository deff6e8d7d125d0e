package jp.kizuna.subsidy.programme;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.kizuna.subsidy.organizations.ApplicantOrganization;

/**
 * Who may apply to a programme and for what: the organization kinds, whether the organization
 * must be active, the purposes the programme funds, and those for which an adopted community
 * vision plan is required (vision-based activities).
 */
public record Eligibility(List<String> kinds, boolean activeOnly, Set<Purpose> purposes,
                          Set<Purpose> purposesNeedingVision) {

    public Eligibility {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        purposes = purposes == null ? Set.of() : Set.copyOf(purposes);
        purposesNeedingVision = purposesNeedingVision == null ? Set.of() : Set.copyOf(purposesNeedingVision);
    }

    /** Why the organization may not apply for this purpose; empty when it may. */
    public Optional<String> refusal(ApplicantOrganization organization, Purpose purpose) {
        if (!kinds.isEmpty() && !kinds.contains(organization.kind())) {
            return Optional.of("the programme is for " + kinds + ", and " + organization.name() + " is a "
                    + organization.kind());
        }
        if (activeOnly && !organization.active()) {
            return Optional.of(organization.name() + " is not active");
        }
        if (!purposes.isEmpty() && !purposes.contains(purpose)) {
            return Optional.of("the programme funds " + purposes + ", not " + purpose);
        }
        if (purposesNeedingVision.contains(purpose) && !organization.hasAdoptedVision()) {
            return Optional.of(purpose.japaneseName() + " needs an adopted community vision plan (地域づくりビジョン), and "
                    + organization.name() + " has none");
        }
        return Optional.empty();
    }
}
