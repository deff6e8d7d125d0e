package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.text.JapaneseSearchText;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A community organization in the city's register, with its dated history: names, legal form,
 * development stage, vision plans and facility contracts. Every change is kept in its history and
 * raises an event through the outbox.
 */
@Document("organizations")
public class Organization extends AggregateRoot {

    @Id
    private String id;
    private OrganizationName name;
    private List<FormerName> formerNames = new ArrayList<>();
    private Registration registration;
    private OrganizationStatus status;
    private HistoricDate dissolvedOn;
    private String dissolutionReason;
    private Profile profile;
    private List<Activity> activities = new ArrayList<>();
    private List<PublicLink> links = new ArrayList<>();
    private List<StageChange> stageChanges = new ArrayList<>();
    /** The last entry of {@code stageChanges}, kept apart so lists can be filtered by stage. */
    private DevelopmentStage currentStage;
    private List<VisionPlan> visions = new ArrayList<>();
    private List<FacilityContract> facilityContracts = new ArrayList<>();
    private Instant registeredAt;
    private Instant updatedAt;
    /** Names, readings and former names folded by {@link JapaneseSearchText}; what search matches. */
    private String searchText;
    private List<ChangeRecord> history = new ArrayList<>();

    /** For the persistence layer only. */
    protected Organization() {
    }

    public static Organization register(String id, OrganizationName name, Registration registration, Profile profile,
                                        List<Activity> activities, List<PublicLink> links, Actor by, Instant now) {
        checkRegistration(registration, now);
        Organization organization = new Organization();
        organization.id = id;
        organization.name = name;
        organization.registration = registration;
        organization.status = OrganizationStatus.ACTIVE;
        organization.profile = profile == null ? Profile.EMPTY : profile;
        organization.activities = new ArrayList<>(activities == null ? List.of() : activities);
        organization.links = new ArrayList<>(links == null ? List.of() : links);
        organization.registeredAt = now;
        organization.updatedAt = now;
        organization.refreshSearchText();
        organization.history.add(ChangeRecord.of(0, now, by, "registered", List.of()));
        organization.raise(new OrganizationRegistered(id, organization.snapshot(), now));
        return organization;
    }

    /**
     * Gives the organization a new name. With {@code renamedOn} the old name is kept as a former
     * name used until then (改名); without it the change is a correction of how the name is written.
     */
    public void rename(OrganizationName newName, HistoricDate renamedOn, Actor by, Instant now) {
        requireActive();
        List<FieldChange> changes = new ArrayList<>(FieldChanges.between("name", name, newName));
        if (changes.isEmpty()) {
            return;
        }
        if (renamedOn != null) {
            requireNotFuture(renamedOn, "renamedOn", now);
            FormerName former = FormerName.of(name, renamedOn);
            formerNames.add(former);
            changes.add(new FieldChange("formerNames", null, former.name()));
        }
        name = newName;
        refreshSearchText();
        updated(renamedOn == null ? "name corrected" : "renamed", changes, by, now);
    }

    public void updateRegistration(Registration newRegistration, Actor by, Instant now) {
        requireActive();
        checkRegistration(newRegistration, now);
        List<FieldChange> changes = FieldChanges.between("registration", registration, newRegistration);
        registration = newRegistration;
        refreshSearchText();
        updated("registration updated", changes, by, now);
    }

    public void updateProfile(Profile newProfile, Actor by, Instant now) {
        requireActive();
        List<FieldChange> changes = FieldChanges.between("profile", profile, newProfile);
        profile = newProfile;
        updated("profile updated", changes, by, now);
    }

    public void replaceActivities(List<Activity> newActivities, Actor by, Instant now) {
        requireActive();
        List<FieldChange> changes = FieldChanges.between("activities", activities, newActivities);
        activities = new ArrayList<>(newActivities);
        updated("activities updated", changes, by, now);
    }

    public void replaceLinks(List<PublicLink> newLinks, Actor by, Instant now) {
        requireActive();
        List<FieldChange> changes = FieldChanges.between("links", links, newLinks);
        links = new ArrayList<>(newLinks);
        updated("links updated", changes, by, now);
    }

    public void adoptVision(VisionPlan vision, Actor by, Instant now) {
        requireActive();
        requireNotFuture(vision.adoptedOn(), "adoptedOn", now);
        if (vision.planFrom() != null && vision.planTo() != null && vision.planTo() < vision.planFrom()) {
            throw ProblemException.ruleViolated("The plan period ends (FY" + vision.planTo() + ") before it starts (FY"
                    + vision.planFrom() + ").");
        }
        boolean duplicate = visions.stream().anyMatch(v -> v.title().equals(vision.title())
                && v.adoptedOn().equals(vision.adoptedOn()));
        if (duplicate) {
            throw ProblemException.conflict("The vision '" + vision.title() + "' adopted " + vision.adoptedOn()
                    + " is already recorded.");
        }
        visions.add(vision);
        visions.sort(Comparator.comparing(VisionPlan::adoptedOn));
        updated("vision adopted", List.of(new FieldChange("visions", null, vision.title())), by, now);
    }

    public void takeFacilityContract(FacilityContract contract, Actor by, Instant now) {
        requireActive();
        if (contract.endsOn() != null && contract.endsOn().compareTo(contract.startsOn()) < 0) {
            throw ProblemException.ruleViolated("The contract ends (" + contract.endsOn() + ") before it starts ("
                    + contract.startsOn() + ").");
        }
        facilityContracts.add(contract);
        facilityContracts.sort(Comparator.comparing(FacilityContract::startsOn));
        updated("facility contract taken", List.of(new FieldChange("facilityContracts", null, contract.facility())), by,
                now);
    }

    public void changeStage(DevelopmentStage to, HistoricDate effectiveOn, StageEvidence evidence, String note,
                            Actor by, Instant now, LocalDate today) {
        requireActive();
        StageHistory next = stageHistory().record(to, effectiveOn, evidence, note, by, now, today);
        StageChange change = next.changes().getLast();
        stageChanges = new ArrayList<>(next.changes());
        currentStage = change.to();
        record("stage changed", List.of(new FieldChange("stage", change.from(), change.to())), by, now);
        raise(new OrganizationStageChanged(id, change.from(), change.to(), effectiveOn.firstDay(), evidence, snapshot(),
                now));
    }

    public void dissolve(HistoricDate on, String reason, Actor by, Instant now) {
        requireActive();
        requireNotFuture(on, "dissolvedOn", now);
        status = OrganizationStatus.DISSOLVED;
        dissolvedOn = on;
        dissolutionReason = reason;
        record("dissolved", List.of(new FieldChange("status", OrganizationStatus.ACTIVE, OrganizationStatus.DISSOLVED)),
                by, now);
        raise(new OrganizationDissolved(id, on.firstDay(), reason, snapshot(), now));
    }

    /** The state every event carries. */
    public OrganizationSnapshot snapshot() {
        return new OrganizationSnapshot(id, name.name(), name.nameKana(), name.nameEn(),
                formerNames.stream().map(FormerName::name).toList(), registration.kind(), registration.districts(),
                status, firstDay(registration.foundedOn()), firstDay(dissolvedOn), registration.legalForm(),
                firstDay(registration.incorporatedOn()), stage().orElse(null),
                visions.stream().map(v -> new OrganizationSnapshot.Vision(v.title(), v.adoptedOn().firstDay(),
                        v.planFrom(), v.planTo(), v.revision())).toList(),
                facilityContracts.stream().map(c -> new OrganizationSnapshot.Contract(c.facility(),
                        c.startsOn().firstDay(), c.endsOn() == null ? null : c.endsOn().lastDay())).toList());
    }

    private void updated(String action, List<FieldChange> changes, Actor by, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        record(action, changes, by, now);
        raise(new OrganizationUpdated(id, changes.stream().map(c -> c.field().split("\\.")[0]).distinct().toList(),
                snapshot(), now));
    }

    private void record(String action, List<FieldChange> changes, Actor by, Instant now) {
        updatedAt = now;
        long nextVersion = version() == null ? 0 : version() + 1;
        history.add(ChangeRecord.of(nextVersion, now, by, action, changes));
    }

    private void requireActive() {
        if (status == OrganizationStatus.DISSOLVED) {
            throw ProblemException.conflict("Organization '" + id + "' was dissolved on " + dissolvedOn
                    + "; its record is closed.");
        }
    }

    private static void requireNotFuture(HistoricDate date, String field, Instant now) {
        if (date != null && date.firstDay().isAfter(LocalDate.ofInstant(now, FiscalYear.CITY_ZONE))) {
            throw ProblemException.ruleViolated(field + " " + date + " lies in the future.");
        }
    }

    private static void checkRegistration(Registration registration, Instant now) {
        requireNotFuture(registration.foundedOn(), "foundedOn", now);
        requireNotFuture(registration.incorporatedOn(), "incorporatedOn", now);
        if (!registration.legalForm().isIncorporated() && registration.incorporatedOn() != null) {
            throw ProblemException.ruleViolated("incorporatedOn is only for incorporated legal forms, not for "
                    + registration.legalForm().japaneseName() + ".");
        }
        if (registration.foundedOn() != null && registration.incorporatedOn() != null
                && registration.incorporatedOn().lastDay().isBefore(registration.foundedOn().firstDay())) {
            throw ProblemException.ruleViolated("incorporatedOn " + registration.incorporatedOn()
                    + " is before foundedOn " + registration.foundedOn() + ".");
        }
    }

    private void refreshSearchText() {
        searchText = Stream.concat(Stream.of(officialName(), name.nameKana(), name.nameEn()),
                        formerNames.stream().flatMap(f -> Stream.of(f.name(), f.nameKana(), f.nameEn())))
                .filter(s -> s != null && !s.isBlank())
                .map(JapaneseSearchText::fold)
                .reduce((a, b) -> a + "|" + b).orElse("");
    }

    private static LocalDate firstDay(HistoricDate date) {
        return date == null ? null : date.firstDay();
    }

    /**
     * The name with its legal-form prefix where the city writes one:
     * NPO法人みんなと湊まちづくりネットワーク.
     */
    public String officialName() {
        return switch (registration.legalForm()) {
            case NPO_CORPORATION, GENERAL_INCORPORATED_ASSOCIATION -> registration.legalForm().japaneseName() + name.name();
            default -> name.name();
        };
    }

    public StageHistory stageHistory() {
        return new StageHistory(stageChanges);
    }

    public Optional<DevelopmentStage> stage() {
        return stageHistory().current();
    }

    public String id() {
        return id;
    }

    public OrganizationName name() {
        return name;
    }

    public List<FormerName> formerNames() {
        return List.copyOf(formerNames);
    }

    public Registration registration() {
        return registration;
    }

    public OrganizationStatus status() {
        return status;
    }

    public HistoricDate dissolvedOn() {
        return dissolvedOn;
    }

    public String dissolutionReason() {
        return dissolutionReason;
    }

    public Profile profile() {
        return profile;
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public List<PublicLink> links() {
        return List.copyOf(links);
    }

    public List<VisionPlan> visions() {
        return List.copyOf(visions);
    }

    public List<FacilityContract> facilityContracts() {
        return List.copyOf(facilityContracts);
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<ChangeRecord> history() {
        return List.copyOf(history);
    }
}
