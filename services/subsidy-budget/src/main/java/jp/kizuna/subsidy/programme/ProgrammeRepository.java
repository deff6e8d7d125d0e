package jp.kizuna.subsidy.programme;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ProgrammeRepository extends MongoRepository<SubsidyProgramme, String> {

    List<SubsidyProgramme> findByFiscalYearOrderByNameAsc(int fiscalYear);
}
