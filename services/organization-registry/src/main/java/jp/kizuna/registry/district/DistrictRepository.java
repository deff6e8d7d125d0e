package jp.kizuna.registry.district;

import org.springframework.data.mongodb.repository.MongoRepository;

interface DistrictRepository extends MongoRepository<District, String> {
}
