package jp.kizuna.subsidy.programme;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A subsidy programme in one fiscal year: its envelope (yen), application window, maximum per
 * application, cap on applications forwarded or approved, eligibility and screening criteria.
 *
 * <p>{@code remaining} and {@code slotsLeft} are what approvals may still take; an approval takes
 * them with one conditional update of this document ({@link ProgrammeLedger}), so the sum approved
 * never exceeds the envelope however many approvals run at once.
 */
@Document("subsidy_programmes")
public class SubsidyProgramme {

    @Id
    private String id;
    private String name;
    private int fiscalYear;
    private String legalBasis;
    private String notes;
    private String projectCode;
    private long envelope;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Long maxPerApplication;
    private Integer applicationCap;
    private Eligibility eligibility;
    private List<Criterion> criteria = new ArrayList<>();
    private boolean priorityQueue;
    private long remaining;
    private Integer slotsLeft;
    /** Application id → amount approved; written only by {@link ProgrammeLedger}. */
    private Map<String, Long> approvals = new HashMap<>();
    @Version
    private Long version;

    protected SubsidyProgramme() {
    }

    /** A programme of a supported fiscal year whose window lies within the supported days. */
    public SubsidyProgramme(String id, ProgrammeTerms terms) {
        if (terms.fiscalYear() == null || !FiscalYear.supported(terms.fiscalYear())
                || terms.opensOn() == null || !SupportedDates.contains(terms.opensOn())
                || terms.closesOn() == null || !SupportedDates.contains(terms.closesOn())) {
            throw ProblemException.ruleViolated("A programme is of a fiscal year from " + FiscalYear.FIRST_SUPPORTED
                    + " to " + FiscalYear.LAST_SUPPORTED + " and opens and closes between " + SupportedDates.FIRST
                    + " and " + SupportedDates.LAST + ".");
        }
        this.id = id;
        this.name = terms.name();
        this.fiscalYear = terms.fiscalYear();
        this.legalBasis = terms.legalBasis();
        this.notes = terms.notes();
        this.projectCode = terms.projectCode();
        this.envelope = terms.envelope();
        this.opensOn = terms.opensOn();
        this.closesOn = terms.closesOn();
        this.maxPerApplication = terms.maxPerApplication();
        this.applicationCap = terms.applicationCap();
        this.eligibility = terms.eligibility();
        this.criteria = new ArrayList<>(terms.criteria() == null ? List.of() : terms.criteria());
        this.priorityQueue = Boolean.TRUE.equals(terms.priorityQueue());
        this.remaining = terms.envelope();
        this.slotsLeft = terms.applicationCap();
    }

    public boolean windowOpen(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    public long approvedTotal() {
        return envelope - remaining;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String notes() {
        return notes;
    }

    public String projectCode() {
        return projectCode;
    }

    public long envelope() {
        return envelope;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Long maxPerApplication() {
        return maxPerApplication;
    }

    public Integer applicationCap() {
        return applicationCap;
    }

    public Eligibility eligibility() {
        return eligibility;
    }

    public List<Criterion> criteria() {
        return List.copyOf(criteria);
    }

    public boolean priorityQueue() {
        return priorityQueue;
    }

    public long remaining() {
        return remaining;
    }

    public Integer slotsLeft() {
        return slotsLeft;
    }

    public Map<String, Long> approvals() {
        return Map.copyOf(approvals);
    }

    public Long version() {
        return version;
    }
}
