package jp.kizuna.registry.membership;

/** The state of a membership report that its events carry. */
public record MembershipReportSnapshot(
        String id,
        String associationId,
        String associationName,
        String district,
        int fiscalYear,
        int memberHouseholds,
        int totalHouseholds,
        int revision) {
}
