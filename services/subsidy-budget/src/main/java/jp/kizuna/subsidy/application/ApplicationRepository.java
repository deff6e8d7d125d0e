package jp.kizuna.subsidy.application;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ApplicationRepository extends MongoRepository<SubsidyApplication, String> {

    List<SubsidyApplication> findByProgrammeIdOrderByCreatedAtAsc(String programmeId);

    List<SubsidyApplication> findByOrganizationIdOrderByCreatedAtAsc(String organizationId);
}
