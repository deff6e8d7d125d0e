package jp.kizuna.registry.organization;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CityStaffOrOrgAdmin;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.text.JapaneseSearchText;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.registry.district.DistrictDirectory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The registry's use cases for organizations. City staff write everything; an org-admin edits its
 * own organization's profile, activities and links. Every write to an existing organization names
 * the version it was based on ({@code If-Match}).
 */
@Service
public class OrganizationService {

    /** The revocation reason of the partner API keys of a dissolved organization. */
    public static final String DISSOLVED_KEY_REASON = "組織の解散 (organization dissolved)";

    private final OrganizationRepository organizations;
    private final DistrictDirectory districts;
    private final PartnerKeyRevocation partnerKeys;
    private final Clock clock;
    private final GuardedChange<Organization> guarded;

    OrganizationService(OrganizationRepository organizations, DistrictDirectory districts,
                        PartnerKeyRevocation partnerKeys, Clock clock) {
        this.organizations = organizations;
        this.districts = districts;
        this.partnerKeys = partnerKeys;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::get, Organization::version, organizations::save, clock);
    }

    /** City staff enter a new organization; the registry publishes {@link OrganizationRegistered}. */
    @CityStaffOnly
    public Organization register(RegisterOrganizationRequest request) {
        districts.requireKnown(request.districts());
        String id = request.id() == null ? UUID.randomUUID().toString() : request.id();
        Organization organization = Organization.register(id, request.toName(), request.toRegistration(),
                request.profile(), request.activities(), request.links(), CurrentCaller.current().actor(),
                clock.instant());
        try {
            return organizations.insert(organization);
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("An organization with id '" + id + "' is already registered.");
        }
    }

    public Organization get(String id) {
        return organizations.findById(id).orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    public Page<Organization> find(OrganizationFilter filter, Pageable page) {
        if (filter.query() != null && JapaneseSearchText.fold(filter.query()).isEmpty()) {
            throw ProblemException.ruleViolated("q has nothing to search for once spaces and punctuation are removed.");
        }
        Set<String> districtNames = filter.district() == null ? Set.of() : districts.withParts(filter.district());
        return organizations.find(filter, districtNames, page);
    }

    @CityStaffOnly
    public Organization rename(String id, IfMatch ifMatch, OrganizationRequests.Rename request) {
        return guarded.apply(id, ifMatch, (o, by, now) -> o.rename(request.toName(), request.renamedOn(), by, now));
    }

    @CityStaffOnly
    public Organization updateRegistration(String id, IfMatch ifMatch, Registration registration) {
        districts.requireKnown(registration.districts());
        return guarded.apply(id, ifMatch, (o, by, now) -> o.updateRegistration(registration, by, now));
    }

    @CityStaffOrOrgAdmin
    public Organization updateProfile(String id, IfMatch ifMatch, Profile profile) {
        CurrentCaller.current().requireActsFor(id);
        return guarded.apply(id, ifMatch, (o, by, now) -> o.updateProfile(profile, by, now));
    }

    @CityStaffOrOrgAdmin
    public Organization replaceActivities(String id, IfMatch ifMatch, List<Activity> activities) {
        CurrentCaller.current().requireActsFor(id);
        return guarded.apply(id, ifMatch, (o, by, now) -> o.replaceActivities(activities, by, now));
    }

    @CityStaffOrOrgAdmin
    public Organization replaceLinks(String id, IfMatch ifMatch, List<PublicLink> links) {
        CurrentCaller.current().requireActsFor(id);
        return guarded.apply(id, ifMatch, (o, by, now) -> o.replaceLinks(links, by, now));
    }

    @CityStaffOnly
    public Organization changeStage(String id, IfMatch ifMatch, OrganizationRequests.StageChangeRequest request) {
        return guarded.apply(id, ifMatch, (o, by, now) -> o.changeStage(request.stage(), request.effectiveOn(),
                request.evidence(), request.note(), by, now, LocalDate.ofInstant(now, FiscalYear.CITY_ZONE)));
    }

    @CityStaffOnly
    public Organization adoptVision(String id, IfMatch ifMatch, VisionPlan vision) {
        return guarded.apply(id, ifMatch, (o, by, now) -> o.adoptVision(vision, by, now));
    }

    @CityStaffOnly
    public Organization takeFacilityContract(String id, IfMatch ifMatch, FacilityContract contract) {
        return guarded.apply(id, ifMatch, (o, by, now) -> o.takeFacilityContract(contract, by, now));
    }

    /**
     * Dissolves the organization, then revokes its partner API keys. The two are separate documents: a
     * crash between them leaves keys of a dissolved organization active, which the API-key reconciler
     * finds and revokes (the stored dissolution is the record of what is still to do).
     */
    @CityStaffOnly
    public Dissolved dissolve(String id, IfMatch ifMatch, OrganizationRequests.Dissolution request) {
        Organization dissolved = guarded.apply(id, ifMatch,
                (o, by, now) -> o.dissolve(request.dissolvedOn(), request.reason(), by, now));
        return new Dissolved(dissolved, partnerKeys.revokeAllOf(id, CurrentCaller.current().actor(), DISSOLVED_KEY_REASON));
    }

    /** Which of these organizations were dissolved before that moment. */
    public Set<String> dissolvedAmong(Collection<String> ids, Instant dissolvedBefore) {
        return organizations.dissolvedAmong(ids, dissolvedBefore);
    }

    /** A dissolved organization and what became of its partner API keys. */
    public record Dissolved(Organization organization, PartnerKeyRevocation.Outcome apiKeys) {
    }

    /** Inserts an organization of the seed dataset unless one with its id is registered already. */
    public boolean insertIfAbsent(Organization organization) {
        try {
            organizations.insert(organization);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
