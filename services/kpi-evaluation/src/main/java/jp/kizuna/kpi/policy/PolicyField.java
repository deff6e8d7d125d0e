package jp.kizuna.kpi.policy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A policy field (政策分野) with its place in the policy tree, its measures and their business
 * projects, and the texts of its evaluation sheet. Texts change with a history of who changed what.
 */
@Document("policy_fields")
public class PolicyField {

    @Id
    private int number;
    private String name;
    private String vision;
    private Level policyGoal;
    private Level policy;
    private List<Integer> relatedSdgGoals = new ArrayList<>();
    private int sheetFiscalYear;
    private String overallEvaluation;
    private List<RelatedProject> relatedProjects = new ArrayList<>();
    private List<Level> depopulationPillars = new ArrayList<>();
    private List<Measure> measures = new ArrayList<>();
    private List<TextChange> history = new ArrayList<>();
    @Version
    private Long version;

    /** A level of the policy tree above the field (政策目標, 政策) or a pillar: number and name. */
    public record Level(int number, String name) {
    }

    /** 関連する政策分野と事務事業: a project of another field that serves this one. */
    public record RelatedProject(String policyField, String name, String department) {
    }

    protected PolicyField() {
    }

    public PolicyField(int number, String name, String vision, Level policyGoal, Level policy,
                       List<Integer> relatedSdgGoals, int sheetFiscalYear, String overallEvaluation,
                       List<RelatedProject> relatedProjects, List<Level> depopulationPillars, List<Measure> measures) {
        this.number = number;
        this.name = name;
        this.vision = vision;
        this.policyGoal = policyGoal;
        this.policy = policy;
        this.relatedSdgGoals = new ArrayList<>(relatedSdgGoals);
        this.sheetFiscalYear = sheetFiscalYear;
        this.overallEvaluation = overallEvaluation;
        this.relatedProjects = new ArrayList<>(relatedProjects);
        this.depopulationPillars = new ArrayList<>(depopulationPillars);
        this.measures = new ArrayList<>(measures);
    }

    public Measure measure(int measureNumber) {
        return measures.stream().filter(m -> m.number() == measureNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Measure", number + "-" + measureNumber));
    }

    public Project project(int measureNumber, int projectNumber) {
        return measure(measureNumber).projects().stream().filter(p -> p.number() == projectNumber).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Project", Project.code(number, measureNumber, projectNumber)));
    }

    public void editMeasureTexts(int measureNumber, MeasureTexts texts, Actor by, Instant now) {
        Measure before = measure(measureNumber);
        Measure after = before.withTexts(texts);
        String path = "measures/" + measureNumber + "/";
        record(path + "content", before.content(), after.content(), texts.reason(), by, now);
        record(path + "focus", before.focus(), after.focus(), texts.reason(), by, now);
        record(path + "progress", before.progress(), after.progress(), texts.reason(), by, now);
        record(path + "issues", before.issues(), after.issues(), texts.reason(), by, now);
        record(path + "finalEvaluation", before.finalEvaluation(), after.finalEvaluation(), texts.reason(), by, now);
        replace(after);
    }

    public void editProjectTexts(int measureNumber, int projectNumber, ProjectTexts texts, Actor by, Instant now) {
        Project before = project(measureNumber, projectNumber);
        Project after = before.withTexts(texts);
        String path = "projects/" + Project.code(number, measureNumber, projectNumber) + "/";
        record(path + "purpose", before.purpose(), after.purpose(), texts.reason(), by, now);
        record(path + "progress", before.progress(), after.progress(), texts.reason(), by, now);
        record(path + "issues", before.issues(), after.issues(), texts.reason(), by, now);
        record(path + "nextYearDirection", String.valueOf(before.nextYearDirection()),
                String.valueOf(after.nextYearDirection()), texts.reason(), by, now);
        replace(measure(measureNumber).withProject(after));
    }

    /** Records a year's value of a project's outcome indicator (成果の推移), as it is to be printed. */
    public void recordOutcome(int measureNumber, int projectNumber, int fiscalYear, String text, String reason, Actor by,
                              Instant now) {
        Project project = project(measureNumber, projectNumber);
        if (project.outcomeIndicator() == null) {
            throw ProblemException.ruleViolated("Project " + Project.code(number, measureNumber, projectNumber)
                    + " has no outcome indicator (成果の推移) on the sheet.");
        }
        String path = "projects/" + Project.code(number, measureNumber, projectNumber) + "/outcomes/FY" + fiscalYear;
        record(path, project.outcomeIndicator().textOf(fiscalYear), text, reason, by, now);
        replace(measure(measureNumber).withProject(project.withOutcome(project.outcomeIndicator().with(fiscalYear, text))));
    }

    private void replace(Measure changed) {
        measures = new ArrayList<>(measures.stream().map(m -> m.number() == changed.number() ? changed : m).toList());
    }

    private void record(String path, String before, String after, String reason, Actor by, Instant now) {
        if (!Objects.equals(before, after)) {
            history.add(TextChange.of(now, by, path, before, after, reason));
        }
    }

    public int number() {
        return number;
    }

    public String name() {
        return name;
    }

    public String vision() {
        return vision;
    }

    public Level policyGoal() {
        return policyGoal;
    }

    public Level policy() {
        return policy;
    }

    public List<Integer> relatedSdgGoals() {
        return List.copyOf(relatedSdgGoals);
    }

    public int sheetFiscalYear() {
        return sheetFiscalYear;
    }

    public String overallEvaluation() {
        return overallEvaluation;
    }

    public List<RelatedProject> relatedProjects() {
        return List.copyOf(relatedProjects);
    }

    public List<Level> depopulationPillars() {
        return List.copyOf(depopulationPillars);
    }

    public List<Measure> measures() {
        return List.copyOf(measures);
    }

    public List<TextChange> history() {
        return List.copyOf(history);
    }

    public Long version() {
        return version;
    }
}
