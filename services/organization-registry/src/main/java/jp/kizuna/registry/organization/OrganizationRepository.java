package jp.kizuna.registry.organization;

import org.springframework.data.mongodb.repository.MongoRepository;

interface OrganizationRepository extends MongoRepository<Organization, String> {
}
