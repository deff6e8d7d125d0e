package jp.kizuna.subsidy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.subsidy.programme.Purpose;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An organization's application to a subsidy programme: draft → submitted → in screening →
 * approved or rejected → disbursed (one or more payments) → performance report → closed, with
 * withdrawal and amendment on the way. Every transition is recorded (who, when, why). Amounts in yen.
 */
@Document("subsidy_applications")
public class SubsidyApplication extends AggregateRoot {

    private static final Set<ApplicationStatus> UNDECIDED = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_SCREENING);

    @Id
    private String id;
    private String programmeId;
    /** The business project that funds the programme (36-2-3), for the evaluation sheet's totals. */
    private String projectCode;
    private int fiscalYear;
    private String organizationId;
    private String organizationName;
    private Purpose purpose;
    private String title;
    private String description;
    private long requestedAmount;
    private ApplicationStatus status;
    private Long approvedAmount;
    private String conditions;
    private String rejectionReason;
    private List<Disbursement> disbursements = new ArrayList<>();
    private PerformanceReport report;
    private List<Transition> transitions = new ArrayList<>();
    private Instant createdAt;

    protected SubsidyApplication() {
    }

    public static SubsidyApplication draft(String id, String programmeId, String projectCode, int fiscalYear,
                                           String organizationId, String organizationName, ApplicationContent content,
                                           Actor by, Instant now) {
        SubsidyApplication application = new SubsidyApplication();
        application.id = id;
        application.programmeId = programmeId;
        application.projectCode = projectCode;
        application.fiscalYear = fiscalYear;
        application.organizationId = organizationId;
        application.organizationName = organizationName;
        application.apply(content);
        application.status = ApplicationStatus.DRAFT;
        application.createdAt = now;
        application.transitions.add(Transition.of(null, ApplicationStatus.DRAFT, now, by, null));
        return application;
    }

    /** Changes the content of a draft, or of a submitted application (an amendment, recorded). */
    public void amend(ApplicationContent content, String reason, Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED), "amended");
        apply(content);
        if (status == ApplicationStatus.SUBMITTED) {
            move(ApplicationStatus.SUBMITTED, by, now, reason == null ? "amended" : "amended: " + reason);
            raise(new ApplicationSubmitted(id, snapshot(), now));
        }
    }

    public void submit(Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.DRAFT), "submitted");
        move(ApplicationStatus.SUBMITTED, by, now, null);
        raise(new ApplicationSubmitted(id, snapshot(), now));
    }

    public void withdraw(String reason, Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.DRAFT, ApplicationStatus.SUBMITTED, ApplicationStatus.IN_SCREENING),
                "withdrawn");
        move(ApplicationStatus.WITHDRAWN, by, now, reason);
    }

    public void startScreening(Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.SUBMITTED), "put into screening");
        move(ApplicationStatus.IN_SCREENING, by, now, null);
    }

    /** Checks that the application can be approved for this amount, before the envelope is charged. */
    public void checkApprovable(long amount) {
        require(UNDECIDED, "approved");
        if (amount <= 0 || amount > requestedAmount) {
            throw ProblemException.ruleViolated("The approved amount must be between 1 and the requested "
                    + requestedAmount + " yen.");
        }
    }

    public void approve(long amount, String approvalConditions, Actor by, Instant now) {
        checkApprovable(amount);
        approvedAmount = amount;
        conditions = approvalConditions;
        move(ApplicationStatus.APPROVED, by, now, approvalConditions);
        raise(new ApplicationDecided(id, snapshot(), "APPROVED", approvalConditions, now));
    }

    public void reject(String reason, Actor by, Instant now) {
        require(UNDECIDED, "rejected");
        rejectionReason = reason;
        move(ApplicationStatus.REJECTED, by, now, reason);
        raise(new ApplicationDecided(id, snapshot(), "REJECTED", reason, now));
    }

    /** A payment; what is paid in total never exceeds what was approved. */
    public void disburse(long amount, LocalDate paidOn, Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.DISBURSED), "paid");
        requireSupported(paidOn, "payment day");
        if (amount <= 0 || disbursedTotal() + amount > approvedAmount) {
            throw ProblemException.conflict("Paying " + amount + " yen would exceed the approved " + approvedAmount
                    + " yen (" + disbursedTotal() + " paid so far).");
        }
        disbursements.add(Disbursement.of(amount, paidOn, by, now));
        if (status == ApplicationStatus.APPROVED) {
            move(ApplicationStatus.DISBURSED, by, now, null);
        }
        raise(new ApplicationDisbursed(id, snapshot(), amount, paidOn, now));
    }

    public void receiveReport(String summary, LocalDate submittedOn, Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.DISBURSED), "reported on");
        requireSupported(submittedOn, "report's day");
        report = PerformanceReport.of(summary, submittedOn, by, now);
        move(ApplicationStatus.REPORTED, by, now, null);
        raise(new ApplicationReported(id, snapshot(), now));
    }

    /** A day that the city's fiscal years, and so the KPI service's figures, cannot place is refused. */
    private static void requireSupported(LocalDate day, String what) {
        if (day == null || !SupportedDates.contains(day)) {
            throw ProblemException.ruleViolated("The " + what + " " + day + " is outside the supported days "
                    + SupportedDates.FIRST + " to " + SupportedDates.LAST + ".");
        }
    }

    public void close(Actor by, Instant now) {
        require(EnumSet.of(ApplicationStatus.REPORTED), "closed");
        move(ApplicationStatus.CLOSED, by, now, null);
    }

    /** When it was last submitted (or amended after submission); null while a draft. */
    public Instant submittedAt() {
        return transitions.stream().filter(t -> t.to() == ApplicationStatus.SUBMITTED).map(Transition::at)
                .reduce((first, last) -> last).orElse(null);
    }

    public boolean undecided() {
        return UNDECIDED.contains(status);
    }

    public long disbursedTotal() {
        return disbursements.stream().mapToLong(Disbursement::amount).sum();
    }

    ApplicationSnapshot snapshot() {
        return new ApplicationSnapshot(id, programmeId, projectCode, fiscalYear, organizationId, purpose, title,
                requestedAmount,
                status, approvedAmount, disbursedTotal());
    }

    private void apply(ApplicationContent content) {
        purpose = content.purpose();
        title = content.title().strip();
        description = content.description();
        requestedAmount = content.requestedAmount();
    }

    private void require(Set<ApplicationStatus> allowed, String what) {
        if (!allowed.contains(status)) {
            throw ProblemException.conflict("Application " + id + " is " + status + " and cannot be " + what
                    + " (only when " + allowed + ").");
        }
    }

    private void move(ApplicationStatus to, Actor by, Instant now, String reason) {
        transitions.add(Transition.of(status, to, now, by, reason));
        status = to;
    }

    public String id() {
        return id;
    }

    public String programmeId() {
        return programmeId;
    }

    public String projectCode() {
        return projectCode;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String organizationId() {
        return organizationId;
    }

    public String organizationName() {
        return organizationName;
    }

    public Purpose purpose() {
        return purpose;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public long requestedAmount() {
        return requestedAmount;
    }

    public ApplicationStatus status() {
        return status;
    }

    public Long approvedAmount() {
        return approvedAmount;
    }

    public String conditions() {
        return conditions;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public List<Disbursement> disbursements() {
        return List.copyOf(disbursements);
    }

    public PerformanceReport report() {
        return report;
    }

    public List<Transition> transitions() {
        return List.copyOf(transitions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
