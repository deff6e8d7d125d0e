package jp.kizuna.web.organizations;

import java.time.LocalDate;
import java.util.List;

/** The registry's answers, as far as the pages show them (unknown members are ignored). */
public final class OrganizationViews {

    private OrganizationViews() {
    }

    /** A date as precise as the documents give it: a day, a month, a year or a fiscal year. */
    public record HistoricDate(String value, LocalDate firstDay, LocalDate lastDay, String japaneseLabel, String precision) {
    }

    public record Stage(String code, String label, String goal, String localWork) {

        /** 0…4 */
        public int step() {
            return code == null ? -1 : Integer.parseInt(code.substring(code.lastIndexOf('_') + 1));
        }
    }

    public record Summary(String id, String name, String nameKana, String nameEn, String kind, String kindJapanese,
                          List<String> districts, String legalForm, HistoricDate foundedOn, String status, Stage stage) {

        public Summary {
            districts = districts == null ? List.of() : List.copyOf(districts);
        }
    }

    public record Page(List<Summary> items, int page, int size, long totalItems, int totalPages) {

        public Page {
            items = items == null ? List.of() : List.copyOf(items);
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    public record Organization(String id, String name, String officialName, String nameKana, String nameEn,
                               List<FormerName> formerNames, String kind, String kindJapanese, List<String> districts,
                               HistoricDate foundedOn, String legalForm, String legalFormJapanese, String status,
                               Stage stage, List<StageChange> stageHistory, List<Vision> visions,
                               List<FacilityContract> facilityContracts, Profile profile, List<Activity> activities,
                               List<Link> links, HistoricDate dissolvedOn) {

        public Organization {
            formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
            districts = districts == null ? List.of() : List.copyOf(districts);
            stageHistory = stageHistory == null ? List.of() : List.copyOf(stageHistory);
            visions = visions == null ? List.of() : List.copyOf(visions);
            facilityContracts = facilityContracts == null ? List.of() : List.copyOf(facilityContracts);
            activities = activities == null ? List.of() : List.copyOf(activities);
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    public record FormerName(String name, String nameKana, String nameEn, HistoricDate usedUntil) {
    }

    public record StageChange(String from, String to, HistoricDate effectiveOn, String evidence, String note) {
    }

    public record Vision(String title, HistoricDate adoptedOn, Integer revision, String revisionJapanese) {
    }

    public record FacilityContract(String facility, HistoricDate startsOn, HistoricDate endsOn, String cityDepartment) {
    }

    public record Profile(String description, String secretariat, Contact contact, List<Milestone> milestones) {

        public Profile {
            milestones = milestones == null ? List.of() : List.copyOf(milestones);
        }
    }

    public record Contact(String name, String phone, String fax, String email, String address) {
    }

    public record Milestone(HistoricDate on, String description) {
    }

    public record Activity(String category, String categoryJapanese, String title, String description) {
    }

    public record Link(String kind, String label, String url) {
    }

    public record Placement(String id, String programme, String programmeJapanese, String role, Integer headcount,
                            HistoricDate startedOn, HistoricDate endedOn, String status, String outcome,
                            String outcomeJapanese) {
    }

    public record District(String name, String nameKana, String nameEn, List<String> comprises) {
    }
}
