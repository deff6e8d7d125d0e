package jp.kizuna.registry.membership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A neighborhood association's membership for one fiscal year: member households and all
 * households in its area. One report per association and year (the id says so); corrections keep
 * every earlier revision.
 */
@Document("membership_reports")
public class MembershipReport extends AggregateRoot {

    @Id
    private String id;
    private String associationId;
    private String associationName;
    private String district;
    private int fiscalYear;
    private int memberHouseholds;
    private int totalHouseholds;
    private List<MembershipRevision> revisions = new ArrayList<>();

    protected MembershipReport() {
    }

    public static String idOf(String associationId, int fiscalYear) {
        return associationId + ":FY" + fiscalYear;
    }

    public static MembershipReport report(String associationId, String associationName, String district, int fiscalYear,
                                          MembershipFigures figures, Actor by, Instant now) {
        check(figures);
        MembershipReport report = new MembershipReport();
        report.id = idOf(associationId, fiscalYear);
        report.associationId = associationId;
        report.associationName = associationName;
        report.district = district;
        report.fiscalYear = fiscalYear;
        report.apply(figures, null, by, now);
        report.raise(new MembershipReported(report.id, report.snapshot(), now));
        return report;
    }

    public void correct(MembershipFigures figures, String reason, Actor by, Instant now) {
        check(figures);
        if (figures.memberHouseholds() == memberHouseholds && figures.totalHouseholds() == totalHouseholds) {
            throw ProblemException.ruleViolated("The corrected figures are the ones already reported.");
        }
        MembershipFigures previous = new MembershipFigures(memberHouseholds, totalHouseholds);
        apply(figures, reason, by, now);
        raise(new MembershipCorrected(id, snapshot(), previous, reason, now));
    }

    private void apply(MembershipFigures figures, String reason, Actor by, Instant now) {
        memberHouseholds = figures.memberHouseholds();
        totalHouseholds = figures.totalHouseholds();
        revisions.add(new MembershipRevision(revisions.size() + 1, memberHouseholds, totalHouseholds, reason, by.subject(),
                by.name(), now));
    }

    private static void check(MembershipFigures figures) {
        if (figures.memberHouseholds() > figures.totalHouseholds()) {
            throw ProblemException.ruleViolated("memberHouseholds (" + figures.memberHouseholds()
                    + ") cannot exceed totalHouseholds (" + figures.totalHouseholds() + ").");
        }
    }

    MembershipReportSnapshot snapshot() {
        return new MembershipReportSnapshot(id, associationId, associationName, district, fiscalYear, memberHouseholds,
                totalHouseholds, revisions.size());
    }

    public MembershipRate rate() {
        return MembershipRate.of(memberHouseholds, totalHouseholds, 1);
    }

    public String id() {
        return id;
    }

    public String associationId() {
        return associationId;
    }

    public String associationName() {
        return associationName;
    }

    public String district() {
        return district;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public int memberHouseholds() {
        return memberHouseholds;
    }

    public int totalHouseholds() {
        return totalHouseholds;
    }

    public List<MembershipRevision> revisions() {
        return List.copyOf(revisions);
    }
}
