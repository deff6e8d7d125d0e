package jp.kizuna.registry.apikey;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApiKeyRepository extends MongoRepository<PartnerApiKey, String> {

    List<PartnerApiKey> findByOrganizationIdOrderByIssuedAtDesc(String organizationId);

    List<PartnerApiKey> findByOrganizationIdAndStatus(String organizationId, ApiKeyStatus status);

    List<PartnerApiKey> findByStatus(ApiKeyStatus status);
}
