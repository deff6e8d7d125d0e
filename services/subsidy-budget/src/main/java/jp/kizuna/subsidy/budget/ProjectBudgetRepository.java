package jp.kizuna.subsidy.budget;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProjectBudgetRepository extends MongoRepository<ProjectBudget, String> {

    List<ProjectBudget> findByPolicyFieldAndFiscalYearOrderByMeasureAscProjectCodeAsc(int policyField, int fiscalYear);
}
