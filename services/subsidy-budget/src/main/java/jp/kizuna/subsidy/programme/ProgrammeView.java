package jp.kizuna.subsidy.programme;

import java.time.LocalDate;
import java.util.List;

import jp.kizuna.platform.time.FiscalYear;

/** A programme as the API shows it, with what is approved and what remains. Amounts in yen. */
public record ProgrammeView(String id, String name, int fiscalYear, String fiscalYearJapanese, String legalBasis,
                            String notes, String projectCode, long envelope, long approvedTotal, long remaining,
                            LocalDate opensOn, LocalDate closesOn, Long maxPerApplication, Integer applicationCap,
                            Integer slotsLeft, Eligibility eligibility, List<Criterion> criteria, boolean priorityQueue,
                            long version) {

    static ProgrammeView of(SubsidyProgramme p) {
        return new ProgrammeView(p.id(), p.name(), p.fiscalYear(), FiscalYear.of(p.fiscalYear()).japaneseLabel(),
                p.legalBasis(), p.notes(), p.projectCode(), p.envelope(), p.approvedTotal(), p.remaining(), p.opensOn(),
                p.closesOn(), p.maxPerApplication(), p.applicationCap(), p.slotsLeft(), p.eligibility(), p.criteria(),
                p.priorityQueue(), p.version() == null ? 0 : p.version());
    }
}
