package jp.kizuna.registry.apikey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.registry.organization.PartnerKeyRevocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Revokes every active key of an organization, each by its own single-document write whose
 * {@link ApiKeyRevoked} event waits in that key's outbox, so every gateway refuses the keys once the
 * relay has published them. A key that cannot be revoked now (a storage failure, or a change that
 * came in between and left it active) is left to {@link DissolvedOrganizationKeys}.
 */
@Component
class PartnerKeyRevocations implements PartnerKeyRevocation {

    private static final Logger log = LoggerFactory.getLogger(PartnerKeyRevocations.class);

    private final ApiKeyRepository keys;
    private final Clock clock;

    PartnerKeyRevocations(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public Outcome revokeAllOf(String organizationId, Actor by, String reason) {
        List<PartnerApiKey> active;
        try {
            active = keys.findByOrganizationIdAndStatus(organizationId, ApiKeyStatus.ACTIVE);
        } catch (DataAccessException e) {
            log.warn("Could not read the API keys of dissolved organization {}; the reconciler revokes them later", organizationId, e);
            return new Outcome(List.of(), false);
        }
        List<String> revoked = new ArrayList<>();
        boolean complete = true;
        for (PartnerApiKey key : active) {
            try {
                if (revoke(key, by, reason)) {
                    revoked.add(key.id());
                }
            } catch (DataAccessException e) {
                complete = false;
                log.warn("Could not revoke API key {} of dissolved organization {}; the reconciler revokes it later",
                        key.id(), organizationId, e);
            }
        }
        return new Outcome(List.copyOf(revoked), complete);
    }

    /**
     * Revokes the key; false when it was revoked already, also by a revocation that came in between.
     *
     * @throws OptimisticLockingFailureException when another change came in between and left it active
     */
    private boolean revoke(PartnerApiKey key, Actor by, String reason) {
        if (!key.revoke(reason, by, now())) {
            return false;
        }
        try {
            keys.save(key);
            return true;
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            if (keys.findById(key.id()).map(PartnerApiKey::status).orElse(ApiKeyStatus.REVOKED) == ApiKeyStatus.REVOKED) {
                return false;
            }
            throw changedMeanwhile;
        }
    }

    /** Now, at the precision MongoDB keeps, so that an answer shows what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
