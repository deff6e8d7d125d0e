package jp.kizuna.registry.placement;

import java.time.Instant;
import java.time.LocalDate;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A placement of staff under 地域おこし協力隊 or 集落支援員: host organization, area, role, term,
 * and the outcome after the term. {@code headcount} is 1 for a person; the seeds also record groups
 * ("計3名") whose individual terms are not stated.
 */
@Document("placements")
public class StaffPlacement extends AggregateRoot {

    @Id
    private String id;
    private PlacementProgramme programme;
    private String hostOrganizationId;
    private String area;
    private String role;
    private int headcount;
    private HistoricDate startedOn;
    private HistoricDate plannedEndOn;
    private HistoricDate endedOn;
    private PlacementStatus status;
    private PlacementOutcome outcome;
    private String note;
    private String startedBy;
    private String startedByName;
    private Instant recordedAt;
    private String endedBy;
    private String endedByName;
    private Instant endRecordedAt;

    protected StaffPlacement() {
    }

    public static StaffPlacement start(String id, PlacementTerms terms, Actor by, Instant now) {
        if (terms.plannedEndOn() != null && terms.plannedEndOn().compareTo(terms.startedOn()) < 0) {
            throw ProblemException.ruleViolated("plannedEndOn " + terms.plannedEndOn() + " is before startedOn "
                    + terms.startedOn() + ".");
        }
        StaffPlacement placement = new StaffPlacement();
        placement.id = id;
        placement.programme = terms.programme();
        placement.hostOrganizationId = terms.hostOrganizationId();
        placement.area = terms.area();
        placement.role = terms.role();
        placement.headcount = terms.headcount() == null ? 1 : terms.headcount();
        placement.startedOn = terms.startedOn();
        placement.plannedEndOn = terms.plannedEndOn();
        placement.note = terms.note();
        placement.status = PlacementStatus.ACTIVE;
        placement.startedBy = by.subject();
        placement.startedByName = by.name();
        placement.recordedAt = now;
        placement.raise(new PlacementStarted(id, placement.snapshot(), now));
        return placement;
    }

    public void end(HistoricDate on, PlacementOutcome result, String why, Actor by, Instant now) {
        if (status == PlacementStatus.ENDED) {
            throw ProblemException.conflict("Placement '" + id + "' ended already (" + endedOn + ").");
        }
        if (on != null && on.compareTo(startedOn) < 0) {
            throw ProblemException.ruleViolated("endedOn " + on + " is before the placement started (" + startedOn + ").");
        }
        if (on != null && on.firstDay().isAfter(LocalDate.ofInstant(now, FiscalYear.CITY_ZONE))) {
            throw ProblemException.ruleViolated("endedOn " + on + " lies in the future; record the end once it happened.");
        }
        status = PlacementStatus.ENDED;
        endedOn = on;
        outcome = result;
        if (why != null && !why.isBlank()) {
            note = note == null ? why.strip() : note + "\n" + why.strip();
        }
        endedBy = by.subject();
        endedByName = by.name();
        endRecordedAt = now;
        raise(new PlacementEnded(id, snapshot(), now));
    }

    /** Whether the placement was in place at some time of the fiscal year. */
    public boolean activeIn(FiscalYear year) {
        boolean startedBeforeEnd = !startedOn.firstDay().isAfter(year.lastDay());
        boolean notEndedBeforeStart = endedOn == null ? status == PlacementStatus.ACTIVE
                : !endedOn.lastDay().isBefore(year.firstDay());
        return startedBeforeEnd && notEndedBeforeStart;
    }

    PlacementSnapshot snapshot() {
        return new PlacementSnapshot(id, programme, hostOrganizationId, area, role, headcount, startedOn.firstDay(),
                plannedEndOn == null ? null : plannedEndOn.firstDay(), endedOn == null ? null : endedOn.firstDay(),
                status, outcome);
    }

    public String id() {
        return id;
    }

    public PlacementProgramme programme() {
        return programme;
    }

    public String hostOrganizationId() {
        return hostOrganizationId;
    }

    public String area() {
        return area;
    }

    public String role() {
        return role;
    }

    public int headcount() {
        return headcount;
    }

    public HistoricDate startedOn() {
        return startedOn;
    }

    public HistoricDate plannedEndOn() {
        return plannedEndOn;
    }

    public HistoricDate endedOn() {
        return endedOn;
    }

    public PlacementStatus status() {
        return status;
    }

    public PlacementOutcome outcome() {
        return outcome;
    }

    public String note() {
        return note;
    }

    public String startedBy() {
        return startedBy;
    }

    /** The display name of who recorded it; its subject for placements recorded before display names were kept. */
    public String startedByName() {
        return Actor.nameOr(startedByName, startedBy);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    /** The display name of who recorded the end; its subject for ends recorded before display names were kept. */
    public String endedByName() {
        return Actor.nameOr(endedByName, endedBy);
    }

    public Instant endRecordedAt() {
        return endRecordedAt;
    }
}
