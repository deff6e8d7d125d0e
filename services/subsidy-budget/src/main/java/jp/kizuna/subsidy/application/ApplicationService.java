package jp.kizuna.subsidy.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CityStaffOrOrgAdmin;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.subsidy.organizations.ApplicantOrganization;
import jp.kizuna.subsidy.organizations.OrganizationReadModel;
import jp.kizuna.subsidy.programme.ProgrammeLedger;
import jp.kizuna.subsidy.programme.ProgrammeService;
import jp.kizuna.subsidy.programme.SubsidyProgramme;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * The application lifecycle. An organization's org-admin drafts, amends, submits and withdraws for
 * its own organization; city staff may do so on its behalf, and alone screen, decide and pay. An
 * application is visible to the city and to its own organization only.
 */
@Service
public class ApplicationService {

    private final ApplicationRepository applications;
    private final ProgrammeService programmes;
    private final ProgrammeLedger ledger;
    private final OrganizationReadModel organizations;
    private final ApplicationEventPublisher events;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final GuardedChange<SubsidyApplication> guarded;

    ApplicationService(ApplicationRepository applications, ProgrammeService programmes, ProgrammeLedger ledger,
                       OrganizationReadModel organizations, ApplicationEventPublisher events, MongoTemplate mongo,
                       Clock clock) {
        this.applications = applications;
        this.mongo = mongo;
        this.programmes = programmes;
        this.ledger = ledger;
        this.organizations = organizations;
        this.events = events;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::get, SubsidyApplication::version, applications::save, clock);
    }

    /** The application, if the caller may see it; someone else's is "not found". */
    public SubsidyApplication get(String id) {
        SubsidyApplication application = applications.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
        if (!CurrentCaller.current().actsFor(application.organizationId())) {
            throw ProblemException.notFound("Application", id);
        }
        return application;
    }

    /** The city sees all of a programme's applications; an organization only its own. */
    public List<SubsidyApplication> list(String programmeId, String organizationId) {
        CurrentCaller caller = CurrentCaller.current();
        if (!caller.isCityStaff()) {
            String own = caller.organizationId().orElseThrow(() -> ProblemException.notFound("Applications", "of this caller"));
            return applications.findByOrganizationIdOrderByCreatedAtAsc(own).stream()
                    .filter(a -> programmeId == null || a.programmeId().equals(programmeId)).toList();
        }
        if (programmeId != null) {
            return applications.findByProgrammeIdOrderByCreatedAtAsc(programmeId).stream()
                    .filter(a -> organizationId == null || a.organizationId().equals(organizationId)).toList();
        }
        return organizationId != null ? applications.findByOrganizationIdOrderByCreatedAtAsc(organizationId)
                : applications.findAll();
    }

    /** A page of applications: the city's of every organization, an organization's of its own only. */
    public Page<SubsidyApplication> page(ApplicationFilter filter, Pageable pageable) {
        CurrentCaller caller = CurrentCaller.current();
        ApplicationFilter visible = caller.isCityStaff() ? filter : filter.forOrganization(caller.organizationId()
                .orElseThrow(() -> ProblemException.notFound("Applications", "of this caller")));
        List<SubsidyApplication> content = mongo.find(new Query(visible.criteria()).with(pageable), SubsidyApplication.class);
        return PageableExecutionUtils.getPage(content, pageable,
                () -> mongo.count(new Query(visible.criteria()), SubsidyApplication.class));
    }

    @CityStaffOrOrgAdmin
    public SubsidyApplication draft(ApplicationRequests.Draft request) {
        CurrentCaller caller = CurrentCaller.current();
        caller.requireActsFor(request.organizationId());
        SubsidyProgramme programme = programmes.get(request.programmeId());
        ApplicantOrganization organization = applicant(request.organizationId());
        SubsidyApplication application = SubsidyApplication.draft(UUID.randomUUID().toString(), programme.id(),
                programme.projectCode(), programme.fiscalYear(), organization.id(), organization.name(), request.content(), caller.actor(),
                clock.instant());
        return applications.insert(application);
    }

    @CityStaffOrOrgAdmin
    public SubsidyApplication amend(String id, IfMatch ifMatch, ApplicationRequests.Amendment amendment) {
        return applicantChange(id, ifMatch, (a, by, now) -> {
            checkAmount(programmes.get(a.programmeId()), amendment.content().requestedAmount());
            a.amend(amendment.content(), amendment.reason(), by, now);
        });
    }

    /**
     * Submits, and tells the service so ({@link ApplicationSubmitted}, in process, before answering): the
     * screening then convenes the programme's committee when its undecided applications exceed its cap or
     * what remains of its envelope.
     */
    @CityStaffOrOrgAdmin
    public SubsidyApplication submit(String id, IfMatch ifMatch) {
        SubsidyApplication submitted = applicantChange(id, ifMatch, (a, by, now) -> {
            SubsidyProgramme programme = programmes.get(a.programmeId());
            LocalDate today = LocalDate.ofInstant(now, FiscalYear.CITY_ZONE);
            if (!programme.windowOpen(today)) {
                throw ProblemException.ruleViolated("Applications to " + programme.name() + " are accepted from "
                        + programme.opensOn() + " to " + programme.closesOn() + "; today is " + today + ".");
            }
            checkAmount(programme, a.requestedAmount());
            programme.eligibility().refusal(applicant(a.organizationId()), a.purpose()).ifPresent(reason -> {
                throw ProblemException.ruleViolated("Not eligible: " + reason + ".");
            });
            a.submit(by, now);
        });
        // told within this call, as before: the screening convenes its committee when the programme is oversubscribed
        events.publishEvent(new ApplicationSubmitted(submitted.id(), submitted.snapshot(), clock.instant()));
        return submitted;
    }

    /** The programme's applications awaiting a decision (submitted or in screening). */
    public List<SubsidyApplication> undecided(String programmeId) {
        return applications.findByProgrammeIdOrderByCreatedAtAsc(programmeId).stream()
                .filter(SubsidyApplication::undecided).toList();
    }

    /**
     * A decision of the screening committee: approves for the requested amount when the envelope
     * still covers it, and rejects with the reason otherwise.
     *
     * @return whether it was approved
     */
    @CityStaffOnly
    public boolean decideByScreening(String id, String rejectionReason) {
        SubsidyApplication application = applications.findById(id)
                .orElseThrow(() -> ProblemException.notFound("Application", id));
        Actor by = CurrentCaller.current().actor();
        Instant now = clock.instant();
        SubsidyProgramme programme = programmes.get(application.programmeId());
        ProgrammeLedger.Outcome outcome = ledger.reserve(programme, id, application.requestedAmount());
        boolean approved = outcome != ProgrammeLedger.Outcome.INSUFFICIENT;
        if (approved) {
            application.approve(application.requestedAmount(), "審査会の決定による", by, now);
        } else {
            application.reject(rejectionReason, by, now);
        }
        applications.save(application);
        return approved;
    }

    @CityStaffOrOrgAdmin
    public SubsidyApplication withdraw(String id, IfMatch ifMatch, String reason) {
        return applicantChange(id, ifMatch, (a, by, now) -> a.withdraw(reason, by, now));
    }

    @CityStaffOrOrgAdmin
    public SubsidyApplication report(String id, IfMatch ifMatch, ApplicationRequests.Report report) {
        return applicantChange(id, ifMatch, (a, by, now) -> a.receiveReport(report.summary(), report.submittedOn(), by, now));
    }

    @CityStaffOnly
    public SubsidyApplication startScreening(String id, IfMatch ifMatch) {
        return guarded.apply(id, ifMatch, (a, by, now) -> a.startScreening(by, now));
    }

    /**
     * Approves within the programme's envelope: the amount is taken from the envelope first, by one
     * atomic update; when too little remains, the approval is refused with 409 and nothing changes.
     */
    @CityStaffOnly
    public SubsidyApplication approve(String id, IfMatch ifMatch, ApplicationRequests.Approval approval) {
        return guarded.apply(id, ifMatch, (a, by, now) -> {
            a.checkApprovable(approval.amount());
            SubsidyProgramme programme = programmes.get(a.programmeId());
            ProgrammeLedger.Outcome outcome = ledger.reserve(programme, a.id(), approval.amount());
            if (outcome == ProgrammeLedger.Outcome.INSUFFICIENT) {
                SubsidyProgramme current = programmes.get(a.programmeId());
                throw ProblemException.conflict("The envelope of " + programme.name() + " cannot cover "
                        + approval.amount() + " yen: " + current.remaining() + " yen remain"
                        + (current.slotsLeft() == null ? "" : " and " + current.slotsLeft() + " approval(s) may still be made")
                        + ".");
            }
            a.approve(approval.amount(), approval.conditions(), by, now);
        });
    }

    @CityStaffOnly
    public SubsidyApplication reject(String id, IfMatch ifMatch, String reason) {
        return guarded.apply(id, ifMatch, (a, by, now) -> a.reject(reason, by, now));
    }

    @CityStaffOnly
    public SubsidyApplication disburse(String id, IfMatch ifMatch, ApplicationRequests.Payment payment) {
        return guarded.apply(id, ifMatch, (a, by, now) -> a.disburse(payment.amount(), payment.paidOn(), by, now));
    }

    @CityStaffOnly
    public SubsidyApplication close(String id, IfMatch ifMatch) {
        return guarded.apply(id, ifMatch, (a, by, now) -> a.close(by, now));
    }

    private ApplicantOrganization applicant(String organizationId) {
        return organizations.find(organizationId).orElseThrow(() -> ProblemException.ruleViolated("Organization '"
                + organizationId + "' is not known to the subsidy service yet; it must be in the register "
                + "(the registry's events reach this service within seconds)."));
    }

    private static void checkAmount(SubsidyProgramme programme, long requested) {
        if (programme.maxPerApplication() != null && requested > programme.maxPerApplication()) {
            throw ProblemException.ruleViolated("The requested " + requested + " yen exceed the programme's maximum of "
                    + programme.maxPerApplication() + " yen per application.");
        }
    }

    /** A change on the applicant's side: by the applying organization's officer, or by the city. */
    private SubsidyApplication applicantChange(String id, IfMatch ifMatch,
                                               GuardedChange.Change<SubsidyApplication> change) {
        SubsidyApplication application = get(id);
        CurrentCaller.current().requireActsFor(application.organizationId());
        return guarded.apply(application, ifMatch, change);
    }
}
