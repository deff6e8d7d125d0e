package jp.kizuna.subsidy.programme;

import java.util.List;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** Subsidy programmes by fiscal year; city staff set them up. */
@Service
public class ProgrammeService {

    private final ProgrammeRepository programmes;

    ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    public static String idOf(String slug, int fiscalYear) {
        return slug + ":FY" + fiscalYear;
    }

    public SubsidyProgramme get(String id) {
        return programmes.findById(id).orElseThrow(() -> ProblemException.notFound("Subsidy programme", id));
    }

    public List<SubsidyProgramme> list(Integer fiscalYear) {
        return fiscalYear == null ? programmes.findAll(Sort.by("fiscalYear", "name"))
                : programmes.findByFiscalYearOrderByNameAsc(fiscalYear);
    }

    @CityStaffOnly
    public SubsidyProgramme create(ProgrammeTerms terms) {
        if (terms.closesOn().isBefore(terms.opensOn())) {
            throw ProblemException.ruleViolated("closesOn " + terms.closesOn() + " is before opensOn " + terms.opensOn() + ".");
        }
        if (terms.maxPerApplication() != null && terms.maxPerApplication() > terms.envelope()) {
            throw ProblemException.ruleViolated("maxPerApplication is larger than the envelope.");
        }
        try {
            return programmes.insert(new SubsidyProgramme(idOf(terms.slug(), terms.fiscalYear()), terms));
        } catch (DuplicateKeyException e) {
            throw ProblemException.conflict("Programme " + idOf(terms.slug(), terms.fiscalYear()) + " exists already.");
        }
    }

    /** Inserts a programme of the seed dataset unless it exists. */
    public boolean insertIfAbsent(ProgrammeTerms terms) {
        try {
            programmes.insert(new SubsidyProgramme(idOf(terms.slug(), terms.fiscalYear()), terms));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
