package jp.kizuna.registry.organization;

import java.util.List;

import jp.kizuna.platform.security.Actor;

/**
 * What dissolving an organization does to the partner API keys it was issued: they are revoked, so
 * no program keeps acting for an organization that no longer exists. The API-key feature provides
 * it (this interface keeps the organization feature free of a cycle back into it).
 */
public interface PartnerKeyRevocation {

    /**
     * Revokes every active key of the organization, each through its own revocation event.
     *
     * @param by     who dissolved the organization
     * @param reason why the keys are revoked, as their revocation reason
     */
    Outcome revokeAllOf(String organizationId, Actor by, String reason);

    /**
     * @param revoked  the ids of the keys revoked now
     * @param complete false when a key could not be revoked at once; the registry's reconciler
     *                 revokes it later (as it does after a crash between the dissolution and the revocations)
     */
    record Outcome(List<String> revoked, boolean complete) {
    }
}
