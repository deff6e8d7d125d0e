package jp.kizuna.registry.placement;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.registry.district.DistrictDirectory;
import jp.kizuna.registry.organization.OrganizationService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Staff placements: city staff record them; everyone may read them. */
@Service
public class PlacementService {

    private final PlacementRepository placements;
    private final OrganizationService organizations;
    private final DistrictDirectory districts;
    private final Clock clock;
    private final GuardedChange<StaffPlacement> guarded;

    PlacementService(PlacementRepository placements, OrganizationService organizations, DistrictDirectory districts,
                     Clock clock) {
        this.placements = placements;
        this.organizations = organizations;
        this.districts = districts;
        this.clock = clock;
        this.guarded = new GuardedChange<>(this::get, StaffPlacement::version, placements::save, clock);
    }

    @CityStaffOnly
    public StaffPlacement start(PlacementTerms terms) {
        StaffPlacement placement = prepare(terms, CurrentCaller.current().actor());
        try {
            return placements.insert(placement);
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("A placement with id '" + placement.id() + "' is already recorded.");
        }
    }

    @CityStaffOnly
    public StaffPlacement end(String id, IfMatch ifMatch, PlacementEnd end) {
        return guarded.apply(id, ifMatch,
                (placement, by, now) -> placement.end(end.endedOn(), end.outcome(), end.note(), by, now));
    }

    public StaffPlacement get(String id) {
        return placements.findById(id).orElseThrow(() -> ProblemException.notFound("Placement", id));
    }

    /** The placements matching every given criterion, oldest first; the city has tens, not thousands. */
    public List<StaffPlacement> find(PlacementProgramme programme, String organizationId, String area,
                                     PlacementStatus status, FiscalYear activeIn) {
        List<StaffPlacement> candidates = organizationId == null ? placements.findAll()
                : placements.findByHostOrganizationId(organizationId);
        return candidates.stream()
                .filter(p -> programme == null || p.programme() == programme)
                .filter(p -> area == null || area.equals(p.area()))
                .filter(p -> status == null || p.status() == status)
                .filter(p -> activeIn == null || p.activeIn(activeIn))
                .sorted(Comparator.comparing(StaffPlacement::startedOn).thenComparing(StaffPlacement::id))
                .toList();
    }

    /**
     * Inserts a placement of the seed dataset, ended when {@code end} is given, unless one with its
     * id is recorded already.
     */
    public boolean insertIfAbsent(PlacementTerms terms, PlacementEnd end, Actor recorder) {
        StaffPlacement placement = prepare(terms, recorder);
        if (end != null) {
            placement.end(end.endedOn(), end.outcome(), end.note(), recorder, clock.instant());
        }
        try {
            placements.insert(placement);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    private StaffPlacement prepare(PlacementTerms terms, Actor by) {
        if (terms.hostOrganizationId() != null) {
            organizations.get(terms.hostOrganizationId());
        }
        if (terms.area() != null) {
            districts.requireKnown(List.of(terms.area()));
        }
        String id = terms.id() == null ? UUID.randomUUID().toString() : terms.id();
        return StaffPlacement.start(id, terms, by, clock.instant());
    }
}
