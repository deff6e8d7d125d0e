package jp.kizuna.registry.seed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.registry.district.DistrictDirectory;
import jp.kizuna.registry.organization.Organization;
import jp.kizuna.registry.organization.OrganizationName;
import jp.kizuna.registry.organization.OrganizationService;
import jp.kizuna.registry.organization.Registration;
import jp.kizuna.registry.placement.PlacementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import jp.kizuna.platform.text.TextPolicyModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads the seed dataset at start-up: every district, organization and placement whose id is not
 * in the register yet, built through the same domain methods as the API uses, so their events go
 * out through the outbox like any other. Running it again (or on several replicas at once) adds
 * nothing twice. Off with {@code kizuna.registry.seed.enabled=false}.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kizuna.registry.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedLoader implements ApplicationRunner {

    static final String RESOURCE = "seed/registry-seed.yaml";
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final DistrictDirectory districts;
    private final OrganizationService organizations;
    private final PlacementService placements;
    private final Clock clock;

    SeedLoader(DistrictDirectory districts, OrganizationService organizations, PlacementService placements, Clock clock) {
        this.districts = districts;
        this.organizations = organizations;
        this.placements = placements;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SeedDataset seed = read();
        int newDistricts = (int) seed.districts().stream().filter(districts::addIfAbsent).count();
        int newOrganizations = (int) seed.organizations().stream()
                .filter(o -> organizations.insertIfAbsent(build(o, Actor.of(seed.recordedBy()), clock.instant())))
                .count();
        int newPlacements = (int) seed.placements().stream()
                .filter(p -> placements.insertIfAbsent(p.terms(), p.ended(), Actor.of(seed.recordedBy())))
                .count();
        log.info("Seed dataset: {} districts, {} organizations, {} placements added ({} / {} / {} in the file)",
                newDistricts, newOrganizations, newPlacements, seed.districts().size(), seed.organizations().size(),
                seed.placements().size());
    }

    static SeedDataset read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return YAMLMapper.builder().addModule(new TextPolicyModule()).build().readValue(in, SeedDataset.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * The organization as registered at its founding, then renamed, incorporated, its visions,
     * contracts and stages recorded: its history reads as it happened.
     */
    static Organization build(SeedDataset.SeedOrganization o, Actor by, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, FiscalYear.CITY_ZONE);
        Registration founding = new Registration(o.kind(), o.districts(), o.foundedOn(), o.legalForm(), null);
        Organization organization = Organization.register(o.id(), new OrganizationName(o.name(), o.nameKana(), o.nameEn()),
                founding, o.profile(), orEmpty(o.activities()), orEmpty(o.links()), by, now);
        orEmpty(o.renames()).forEach(r -> organization.rename(new OrganizationName(r.name(), r.nameKana(), r.nameEn()),
                r.renamedOn(), by, now));
        if (o.incorporation() != null) {
            organization.updateRegistration(new Registration(o.kind(), o.districts(), o.foundedOn(),
                    o.incorporation().legalForm(), o.incorporation().incorporatedOn()), by, now);
        }
        orEmpty(o.visions()).forEach(v -> organization.adoptVision(v, by, now));
        orEmpty(o.facilityContracts()).forEach(c -> organization.takeFacilityContract(c, by, now));
        orEmpty(o.stages()).forEach(s -> organization.changeStage(s.stage(), s.effectiveOn(), s.evidence(), s.note(), by,
                now, today));
        return organization;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
