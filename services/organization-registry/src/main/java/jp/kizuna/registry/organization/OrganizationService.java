package jp.kizuna.registry.organization;

import java.time.Clock;
import java.util.UUID;

import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The registry's use cases for organizations. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final Clock clock;

    OrganizationService(OrganizationRepository organizations, Clock clock) {
        this.organizations = organizations;
        this.clock = clock;
    }

    /** City staff enter a new organization; the registry publishes {@link OrganizationRegistered}. */
    @PreAuthorize("hasAnyRole('city-staff', 'city-admin')")
    public Organization register(OrganizationProfile profile) {
        Organization organization = Organization.register(UUID.randomUUID().toString(), profile, clock.instant());
        return organizations.insert(organization);
    }

    public Organization get(String id) {
        return organizations.findById(id).orElseThrow(() -> ProblemException.notFound("Organization", id));
    }

    public Page<Organization> list(Pageable page) {
        return organizations.findAll(page);
    }
}
