package jp.kizuna.kpi.policy;

import java.time.Clock;
import java.util.List;

import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.web.GuardedChange;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/** The policy tree and the evaluation texts; city staff edit the texts. */
@Service
public class PolicyFieldService {

    private final PolicyFieldRepository fields;
    private final GuardedChange<PolicyField> guarded;

    PolicyFieldService(PolicyFieldRepository fields, Clock clock) {
        this.fields = fields;
        this.guarded = new GuardedChange<>(number -> get(Integer.parseInt(number)), PolicyField::version, fields::save,
                clock);
    }

    public List<PolicyField> all() {
        return fields.findAll(Sort.by("_id"));
    }

    public PolicyField get(int number) {
        return fields.findById(number).orElseThrow(() -> ProblemException.notFound("Policy field", Integer.toString(number)));
    }

    /** The project with code {@code <field>-<measure>-<number>}, e.g. 36-2-1. */
    public ProjectRef project(String code) {
        String[] parts = code.split("-");
        if (parts.length != 3 || !code.matches("\\d{1,3}-\\d{1,2}-\\d{1,3}")) {
            throw ProblemException.notFound("Project", code);
        }
        PolicyField field = get(Integer.parseInt(parts[0]));
        int measure = Integer.parseInt(parts[1]);
        return new ProjectRef(field, measure, field.project(measure, Integer.parseInt(parts[2])));
    }

    /** A project with the field and measure it belongs to. */
    public record ProjectRef(PolicyField field, int measure, Project project) {
    }

    @CityStaffOnly
    public PolicyField editMeasureTexts(int field, int measure, IfMatch ifMatch, MeasureTexts texts) {
        return guarded.apply(Integer.toString(field), ifMatch,
                (policyField, by, now) -> policyField.editMeasureTexts(measure, texts, by, now));
    }

    @CityStaffOnly
    public PolicyField editProjectTexts(String code, IfMatch ifMatch, ProjectTexts texts) {
        ProjectRef ref = project(code);
        return guarded.apply(ref.field(), ifMatch,
                (field, by, now) -> field.editProjectTexts(ref.measure(), ref.project().number(), texts, by, now));
    }

    @CityStaffOnly
    public PolicyField recordOutcome(String code, int fiscalYear, IfMatch ifMatch, OutcomeEntry entry) {
        ProjectRef ref = project(code);
        return guarded.apply(ref.field(), ifMatch, (field, by, now) -> field.recordOutcome(ref.measure(),
                ref.project().number(), fiscalYear, entry.text().strip(), entry.reason(), by, now));
    }

    /** Inserts a policy field of the seed dataset unless it exists. */
    public boolean insertIfAbsent(PolicyField field) {
        try {
            fields.insert(field);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
