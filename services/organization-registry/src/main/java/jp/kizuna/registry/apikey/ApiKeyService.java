package jp.kizuna.registry.apikey;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.registry.organization.Organization;
import jp.kizuna.registry.organization.OrganizationService;
import jp.kizuna.registry.organization.OrganizationStatus;
import org.springframework.stereotype.Service;

/**
 * Partner API keys: city staff issue, list and revoke them. Every change goes out on
 * {@code kizuna.registry.api-key.v1}, which each gateway replica reads to know the valid keys.
 */
@Service
@CityStaffOnly
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final OrganizationService organizations;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, OrganizationService organizations, Clock clock) {
        this.keys = keys;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Issues a key; the returned secret is the only place the key itself ever exists. */
    public IssuedKey issue(String organizationId, ApiKeyRequests.IssueApiKey request) {
        Organization organization = organizations.get(organizationId);
        if (organization.status() != OrganizationStatus.ACTIVE) {
            throw ProblemException.ruleViolated("Organization '" + organizationId + "' is dissolved; it gets no API key.");
        }
        ApiKeySecret secret = ApiKeySecret.generate();
        PartnerApiKey key = PartnerApiKey.issue(secret, organizationId, request.label(), request.scopes(),
                request.expiresAt(), CurrentCaller.current().actor(), now());
        return new IssuedKey(secret, keys.insert(key));
    }

    public List<PartnerApiKey> list(String organizationId) {
        organizations.get(organizationId);
        return keys.findByOrganizationIdOrderByIssuedAtDesc(organizationId);
    }

    public PartnerApiKey get(String organizationId, String keyId) {
        return keys.findById(keyId)
                .filter(key -> key.organizationId().equals(organizationId))
                .orElseThrow(() -> ProblemException.notFound("API key", keyId));
    }

    /** Revokes the key; a second revocation answers with the key as it is. */
    public PartnerApiKey revoke(String organizationId, String keyId, String reason) {
        PartnerApiKey key = get(organizationId, keyId);
        return key.revoke(reason, CurrentCaller.current().actor(), now()) ? keys.save(key) : key;
    }

    /** Now, at the precision MongoDB keeps, so that an answer shows what a later read shows. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public record IssuedKey(ApiKeySecret secret, PartnerApiKey key) {
    }
}
