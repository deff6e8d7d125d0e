package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.HistoricDate;
import jp.kizuna.platform.web.ProblemException;

/**
 * The rules of the stage model: a change goes to another step, is dated no later than today and
 * no earlier than the change before it, rests on evidence, and explains itself with a note when it
 * moves an organization back.
 */
public record StageHistory(List<StageChange> changes) {

    public static final StageHistory NONE = new StageHistory(List.of());

    public StageHistory {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public Optional<DevelopmentStage> current() {
        return changes.isEmpty() ? Optional.empty() : Optional.of(changes.getLast().to());
    }

    public StageHistory record(DevelopmentStage to, HistoricDate effectiveOn, StageEvidence evidence, String note,
                               Actor recordedBy, Instant recordedAt, LocalDate today) {
        DevelopmentStage from = current().orElse(null);
        if (to == from) {
            throw ProblemException.ruleViolated("The organization is already at " + to.label()
                    + "; record a change to another step.");
        }
        if (effectiveOn.firstDay().isAfter(today)) {
            throw ProblemException.ruleViolated("effectiveOn " + effectiveOn + " lies in the future; record a stage "
                    + "change once it has happened.");
        }
        // Dates known only to the year or month may overlap the last one; only a date that is
        // certainly earlier is out of order.
        if (!changes.isEmpty() && effectiveOn.lastDay().isBefore(changes.getLast().effectiveOn().firstDay())) {
            throw ProblemException.ruleViolated("effectiveOn " + effectiveOn + " is before the last recorded change ("
                    + changes.getLast().effectiveOn() + "); stage history is recorded in order.");
        }
        StageChange change = new StageChange(from, to, effectiveOn, evidence, note == null ? null : note.strip(),
                recordedBy.subject(), recordedBy.name(), recordedAt);
        if (change.movesBack() && (change.note() == null || change.note().isEmpty())) {
            throw ProblemException.ruleViolated("Moving back from " + from.label() + " to " + to.label()
                    + " needs a note that says why.");
        }
        List<StageChange> next = new ArrayList<>(changes);
        next.add(change);
        return new StageHistory(next);
    }
}
