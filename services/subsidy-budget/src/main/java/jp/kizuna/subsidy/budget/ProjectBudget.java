package jp.kizuna.subsidy.budget;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jp.kizuna.platform.outbox.AggregateRoot;
import jp.kizuna.platform.security.Actor;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a business project costs in one fiscal year: one line per project and year, whose figures
 * change with a history (budget, then estimate, then settlement).
 */
@Document("project_budgets")
public class ProjectBudget extends AggregateRoot {

    @Id
    private String id;
    private String projectCode;
    private String projectName;
    private int policyField;
    private int measure;
    private int fiscalYear;
    private BudgetFigures figures;
    private List<BudgetChange> history = new ArrayList<>();

    protected ProjectBudget() {
    }

    public static String idOf(String projectCode, int fiscalYear) {
        return projectCode + ":FY" + fiscalYear;
    }

    public static ProjectBudget record(ProjectRef project, int fiscalYear, BudgetFigures figures, String reason,
                                       Actor by, Instant now) {
        ProjectBudget budget = new ProjectBudget();
        budget.id = idOf(project.code(), fiscalYear);
        budget.projectCode = project.code();
        budget.projectName = project.name();
        budget.policyField = project.policyField();
        budget.measure = project.measure();
        budget.fiscalYear = fiscalYear;
        budget.figures = figures;
        budget.history.add(BudgetChange.of(now, by, null, figures, reason));
        budget.raise(new BudgetLineRecorded(budget.id, budget.snapshot(), now));
        return budget;
    }

    /** Replaces the figures; returns false (and changes nothing) when they are the same. */
    public boolean correct(BudgetFigures next, String reason, Actor by, Instant now) {
        if (next.equals(figures)) {
            return false;
        }
        BudgetLineSnapshot previous = snapshot();
        history.add(BudgetChange.of(now, by, figures, next, reason));
        figures = next;
        raise(new BudgetLineCorrected(id, snapshot(), previous, reason, now));
        return true;
    }

    BudgetLineSnapshot snapshot() {
        return new BudgetLineSnapshot(id, projectCode, projectName, policyField, measure, fiscalYear, figures.basis(),
                figures.projectCost().thousandYen(), figures.generalRevenue().thousandYen(),
                figures.personnelCost().thousandYen());
    }

    public String id() {
        return id;
    }

    public String projectCode() {
        return projectCode;
    }

    public String projectName() {
        return projectName;
    }

    public int policyField() {
        return policyField;
    }

    public int measure() {
        return measure;
    }

    public int fiscalYear() {
        return fiscalYear;
    }

    public BudgetFigures figures() {
        return figures;
    }

    public List<BudgetChange> history() {
        return List.copyOf(history);
    }
}
