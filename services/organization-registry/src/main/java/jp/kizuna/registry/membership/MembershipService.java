package jp.kizuna.registry.membership;

import java.time.Clock;
import java.util.List;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.registry.district.DistrictDirectory;
import jp.kizuna.registry.organization.Organization;
import jp.kizuna.registry.organization.OrganizationKind;
import jp.kizuna.registry.organization.OrganizationService;
import jp.kizuna.registry.organization.OrganizationStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** Membership reports of neighborhood associations and the 町内会加入率 derived from them. */
@Service
public class MembershipService {

    private final MembershipReportRepository reports;
    private final OrganizationService organizations;
    private final DistrictDirectory districts;
    private final Clock clock;
    private final GuardedChange<MembershipReport> guarded;

    MembershipService(MembershipReportRepository reports, OrganizationService organizations, DistrictDirectory districts,
                      Clock clock) {
        this.reports = reports;
        this.organizations = organizations;
        this.districts = districts;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::get, MembershipReport::version, reports::save, clock);
    }

    @CityStaffOnly
    public MembershipReport report(String associationId, int fiscalYear, MembershipFigures figures) {
        Organization association = organizations.get(associationId);
        if (association.registration().kind() != OrganizationKind.NEIGHBORHOOD_ASSOCIATION) {
            throw ProblemException.ruleViolated("Membership is reported by neighborhood associations (町内会); '"
                    + associationId + "' is a " + association.registration().kind().japaneseName() + ".");
        }
        if (association.status() != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("Association '" + associationId + "' is dissolved.");
        }
        FiscalYear current = FiscalYear.current(clock);
        if (fiscalYear > current.startYear()) {
            throw ProblemException.ruleViolated("fiscalYear " + fiscalYear + " has not begun; the current fiscal year is "
                    + current.startYear() + " (" + current.japaneseLabel() + ").");
        }
        MembershipReport report = MembershipReport.report(associationId, association.name().name(),
                association.registration().districts().getFirst(), fiscalYear, figures,
                CurrentCaller.current().actor(), clock.instant());
        try {
            return reports.insert(report);
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("Membership of '" + associationId + "' for FY" + fiscalYear
                    + " is already reported; correct it with PUT instead.");
        }
    }

    @CityStaffOnly
    public MembershipReport correct(String associationId, int fiscalYear, IfMatch ifMatch, MembershipFigures figures,
                                    String reason) {
        return guarded.apply(MembershipReport.idOf(associationId, fiscalYear), ifMatch,
                (report, by, now) -> report.correct(figures, reason.strip(), by, now));
    }

    public MembershipReport get(String associationId, int fiscalYear) {
        return get(MembershipReport.idOf(associationId, fiscalYear));
    }

    private MembershipReport get(String id) {
        return reports.findById(id).orElseThrow(() -> ProblemException.notFound("Membership report", id));
    }

    public List<MembershipReport> ofAssociation(String associationId) {
        organizations.get(associationId);
        return reports.findByAssociationIdOrderByFiscalYearAsc(associationId);
    }

    public Page<MembershipReport> ofYear(int fiscalYear, String district, Pageable page) {
        return district == null ? reports.findByFiscalYear(fiscalYear, page)
                : reports.findByFiscalYearAndDistrictIn(fiscalYear, districts.withParts(district), page);
    }

    public MembershipRates rates(int fiscalYear) {
        return MembershipRates.derive(FiscalYear.of(fiscalYear), reports.findByFiscalYear(fiscalYear));
    }
}
