package jp.kizuna.kpi.policy;

import org.springframework.data.mongodb.repository.MongoRepository;

interface PolicyFieldRepository extends MongoRepository<PolicyField, Integer> {
}
