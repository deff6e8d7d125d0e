package jp.kizuna.subsidy.budget;

import java.time.Clock;
import java.util.List;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CurrentCaller;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Project budgets by fiscal year; city staff record and correct them. */
@Service
public class BudgetService {

    private final ProjectBudgetRepository budgets;
    private final Clock clock;

    BudgetService(ProjectBudgetRepository budgets, Clock clock) {
        this.budgets = budgets;
        this.clock = clock;
    }

    public ProjectBudget get(String projectCode, int fiscalYear) {
        String id = ProjectBudget.idOf(projectCode, fiscalYear);
        return budgets.findById(id).orElseThrow(() -> ProblemException.notFound("Budget line", id));
    }

    public BudgetResponses.Year year(int policyField, int fiscalYear) {
        List<ProjectBudget> lines = budgets.findByPolicyFieldAndFiscalYearOrderByMeasureAscProjectCodeAsc(policyField,
                fiscalYear);
        return new BudgetResponses.Year(policyField, fiscalYear,
                FiscalYear.of(fiscalYear).japaneseLabel(), "千円",
                lines.stream().map(BudgetResponses.Line::of).toList(), BudgetTotals.of(lines));
    }

    /**
     * Records the line, or corrects it when it exists: then {@code If-Match} must name the version
     * read. The project's name comes from the first line or the request.
     */
    @CityStaffOnly
    public ProjectBudget record(String projectCode, int fiscalYear, IfMatch ifMatch, BudgetEntry entry) {
        Actor by = CurrentCaller.current().actor();
        var existing = budgets.findById(ProjectBudget.idOf(projectCode, fiscalYear));
        if (existing.isPresent()) {
            ProjectBudget line = existing.get();
            if (ifMatch == null) {
                throw IfMatch.missing();
            }
            ifMatch.check(line.version());
            line.correct(entry.figures(), entry.reason(), by, clock.instant());
            return budgets.save(line);
        }
        String name = entry.projectName() != null ? entry.projectName()
                : budgets.findAll().stream().filter(b -> b.projectCode().equals(projectCode)).map(ProjectBudget::projectName)
                        .findFirst().orElseThrow(() -> ProblemException.ruleViolated("projectName is required for the "
                                + "first budget line of project " + projectCode + "."));
        ProjectRef project;
        try {
            project = ProjectRef.parse(projectCode, name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Project", projectCode);
        }
        try {
            return budgets.insert(ProjectBudget.record(project, fiscalYear, entry.figures(), entry.reason(), by,
                    clock.instant()));
        } catch (DuplicateKeyException e) {
            throw IfMatch.stale();
        }
    }

    /** Inserts a line of the seed dataset unless it exists. */
    public boolean insertIfAbsent(ProjectBudget line) {
        try {
            budgets.insert(line);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
