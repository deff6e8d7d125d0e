package jp.kizuna.registry.apikey;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.registry.organization.OrganizationService;
import jp.kizuna.registry.organization.PartnerKeyRevocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Finishes what a dissolution left undone: an active key of a dissolved organization (the registry
 * stopped between saving the dissolution and revoking the keys, a revocation failed, or a key was
 * issued while the organization was being dissolved) is revoked, by {@code system}, with the same
 * reason and the same event as at the dissolution. Revoking is idempotent, so every replica may run
 * this beside live traffic. The interval: {@code kizuna.registry.api-keys.reconcile-interval}.
 */
@Component
class DissolvedOrganizationKeys {

    static final Actor SYSTEM = Actor.of("system");
    /** A younger dissolution is still revoking its keys itself. */
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final Logger log = LoggerFactory.getLogger(DissolvedOrganizationKeys.class);

    private final ApiKeyRepository keys;
    private final OrganizationService organizations;
    private final PartnerKeyRevocations revocations;
    private final Clock clock;

    DissolvedOrganizationKeys(ApiKeyRepository keys, OrganizationService organizations, PartnerKeyRevocations revocations,
                              Clock clock) {
        this.keys = keys;
        this.organizations = organizations;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kizuna.registry.api-keys.reconcile-interval:PT30S}",
            initialDelayString = "${kizuna.registry.api-keys.reconcile-interval:PT30S}")
    void reconcile() {
        try {
            Set<String> holders = keys.findByStatus(ApiKeyStatus.ACTIVE).stream()
                    .map(PartnerApiKey::organizationId).collect(Collectors.toSet());
            if (holders.isEmpty()) {
                return;
            }
            for (String dissolved : organizations.dissolvedAmong(holders, clock.instant().minus(GRACE))) {
                PartnerKeyRevocation.Outcome outcome = revocations.revokeAllOf(dissolved, SYSTEM,
                        OrganizationService.DISSOLVED_KEY_REASON);
                if (!outcome.revoked().isEmpty()) {
                    log.info("Revoked API keys {} of dissolved organization {}", outcome.revoked(), dissolved);
                }
            }
        } catch (DataAccessException e) {
            log.warn("Could not check the API keys of dissolved organizations; next attempt at the next interval", e);
        }
    }
}
