package jp.kizuna.kpi.indicator;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface IndicatorRepository extends MongoRepository<Indicator, String> {

    List<Indicator> findByPolicyFieldOrderByNumberAsc(int policyField);
}
