package jp.kizuna.web.console.register;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jp.kizuna.web.kpi.KpiNumbers;

/** The registry's answers as the register console shows and edits them (unknown members are ignored). */
public final class RegisterViews {

    private RegisterViews() {
    }

    /** A date as precise as the documents give it; {@code value} is what a form shows and sends back. */
    public record HistoricDate(String value, String precision, String japaneseLabel) {
    }

    public record Stage(String code, String label, String goal) {
    }

    /** An organization as the register's table lists it. */
    public record Summary(String id, String name, String nameKana, String kind, String kindJapanese, List<String> districts,
                          String legalForm, HistoricDate foundedOn, String status, Stage stage) {

        public Summary {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }
    }

    /** One organization with everything the console edits. */
    public record Organization(String id, String name, String nameKana, String nameEn, List<FormerName> formerNames,
                               String kind, String kindJapanese, List<String> districts, HistoricDate foundedOn,
                               String legalForm, String legalFormJapanese, HistoricDate incorporatedOn, String status,
                               HistoricDate dissolvedOn, String dissolutionReason, Stage stage,
                               List<StageChange> stageHistory, List<Vision> visions, List<Facility> facilityContracts,
                               Profile profile, List<Activity> activities, List<Link> links, Instant updatedAt) {

        public Organization {
            formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
            districts = districts == null ? List.of() : List.copyOf(districts);
            stageHistory = stageHistory == null ? List.of() : List.copyOf(stageHistory);
            visions = visions == null ? List.of() : List.copyOf(visions);
            facilityContracts = facilityContracts == null ? List.of() : List.copyOf(facilityContracts);
            profile = profile == null ? Profile.EMPTY : profile;
            activities = activities == null ? List.of() : List.copyOf(activities);
            links = links == null ? List.of() : List.copyOf(links);
        }

        public boolean isDissolved() {
            return "DISSOLVED".equals(status);
        }

        public boolean isAssociation() {
            return "NEIGHBORHOOD_ASSOCIATION".equals(kind);
        }
    }

    public record Vision(String title, HistoricDate adoptedOn, Integer planFrom, Integer planTo, String planPeriodJapanese,
                         Integer revision, String revisionJapanese, String documentUrl) {
    }

    /** A designated-manager contract (指定管理). */
    public record Facility(String facility, HistoricDate startsOn, HistoricDate endsOn, String cityDepartment) {
    }

    public record FormerName(String name, HistoricDate usedUntil) {
    }

    public record StageChange(String from, String to, HistoricDate effectiveOn, String evidence, String note, String byName) {
    }

    /**
     * What an organization says about itself. The officers and milestones are kept as the API gave them: a
     * profile is replaced whole, so a form that edits the rest sends them back unchanged.
     */
    public record Profile(String description, List<String> constituentBodies, Integer memberCount, HistoricDate memberCountAsOf,
                          String secretariat, Contact contact, List<Officer> officers, List<Milestone> milestones) {

        static final Profile EMPTY = new Profile(null, List.of(), null, null, null, null, List.of(), List.of());

        public Profile {
            constituentBodies = constituentBodies == null ? List.of() : List.copyOf(constituentBodies);
            officers = officers == null ? List.of() : List.copyOf(officers);
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    public record Contact(String name, String phone, String fax, String email, String address) {
    }

    public record Officer(String position, String name, HistoricDate termFrom, HistoricDate termTo) {
    }

    public record Milestone(HistoricDate on, String description) {
    }

    public record Activity(String category, String categoryJapanese, String title, String description) {
    }

    public record Link(String kind, String label, String url) {
    }

    public record District(String name, String nameKana, List<String> comprises) {

        public District {
            comprises = comprises == null ? List.of() : List.copyOf(comprises);
        }
    }

    /** An association's membership report of one fiscal year, with every revision. */
    public record MembershipReport(String associationId, String associationName, String district, int fiscalYear,
                                   String fiscalYearJapanese, int memberHouseholds, int totalHouseholds,
                                   BigDecimal ratePercent, List<Revision> revisions) {

        public MembershipReport {
            revisions = revisions == null ? List.of() : List.copyOf(revisions);
        }
    }

    /** A KPI's value derived from the platform's data for the running fiscal year (地域づくり活動組織数 …). */
    public record LiveIndicator(String indicator, String name, String unit, FiscalYear fiscalYear, BigDecimal value) {

        /** The value as people write it: {@code 9}, not {@code 9.0000}. */
        /** The value with its unit, written as every KPI value of the web is ({@link KpiNumbers}). */
        public String valueLabel() {
            return KpiNumbers.withUnit(value, unit);
        }
    }

    public record FiscalYear(int year, String label, String japaneseLabel) {
    }

    /** A 地域おこし協力隊 or 集落支援員 placement. */
    public record Placement(String id, String programme, String hostOrganizationId, String area, String role, int headcount,
                            HistoricDate startedOn, HistoricDate plannedEndOn, HistoricDate endedOn, String status,
                            String outcome, String note, String startedByName, String endedByName) {

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }
    }

    /** A partner API key as city staff see it later: its prefix, never the key. */
    public record ApiKey(String id, String label, List<String> scopes, String prefix, String status, Instant expiresAt,
                         String issuedByName, Instant issuedAt, String revokedByName, Instant revokedAt, String revocationReason) {

        public ApiKey {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }

        public boolean isActive() {
            return "ACTIVE".equals(status);
        }

        /** When it was issued, in Japan's time ({@code 2024-06-10 09:00}). */
        public String issuedAtLabel() {
            return minute(issuedAt);
        }

        public String revokedAtLabel() {
            return minute(revokedAt);
        }

        /** The last day it works, in Japan ({@code 2027-03-31}); empty for a key that lives until revoked. */
        public String expiresOnLabel() {
            return expiresAt == null ? "" : expiresAt.atZone(TOKYO).toLocalDate().toString();
        }

        private static String minute(Instant at) {
            return at == null ? "" : MINUTE.format(at.atZone(TOKYO));
        }
    }

    private static final java.time.ZoneId TOKYO = java.time.ZoneId.of("Asia/Tokyo");
    private static final java.time.format.DateTimeFormatter MINUTE = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The answer to issuing a key: the key itself, this once. */
    public record IssuedKey(String key, String usage, ApiKey apiKey) {
    }

    public record Revision(int revision, int memberHouseholds, int totalHouseholds, String reason, String byName, Instant at) {
    }
}
