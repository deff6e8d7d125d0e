package jp.kizuna.registry.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * The state of an organization that every organization event carries, so a consumer keeps its read
 * model from any one event. Dates are the first day of the period the registry knows (a founding
 * known to the month is the 1st of that month).
 */
public record OrganizationSnapshot(
        String id,
        String name,
        String nameKana,
        String nameEn,
        List<String> formerNames,
        OrganizationKind kind,
        List<String> districts,
        OrganizationStatus status,
        LocalDate foundedOn,
        LocalDate dissolvedOn,
        LegalForm legalForm,
        LocalDate incorporatedOn,
        DevelopmentStage stage,
        List<Vision> visions,
        List<Contract> facilityContracts) {

    /** A vision plan as consumers need it (eligibility for vision-based subsidies). */
    public record Vision(String title, LocalDate adoptedOn, Integer planFrom, Integer planTo, Integer revision) {
    }

    /** A designated-manager contract; {@code endsOn} is its last day, empty while open-ended. */
    public record Contract(String facility, LocalDate startsOn, LocalDate endsOn) {
    }
}
