package jp.kizuna.registry.membership;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface MembershipReportRepository extends MongoRepository<MembershipReport, String> {

    List<MembershipReport> findByFiscalYear(int fiscalYear);

    List<MembershipReport> findByAssociationIdOrderByFiscalYearAsc(String associationId);

    Page<MembershipReport> findByFiscalYear(int fiscalYear, Pageable page);

    Page<MembershipReport> findByFiscalYearAndDistrictIn(int fiscalYear, Collection<String> districts,
                                                         Pageable page);
}
