package jp.kizuna.registry.placement;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PlacementRepository extends MongoRepository<StaffPlacement, String> {

    List<StaffPlacement> findByHostOrganizationId(String hostOrganizationId);
}
