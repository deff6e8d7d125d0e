package jp.kizuna.kpi.sheet;

import jp.kizuna.kpi.indicator.IndicatorService;
import jp.kizuna.kpi.policy.PolicyField;
import jp.kizuna.kpi.policy.PolicyFieldResponse;
import jp.kizuna.kpi.policy.PolicyFieldService;
import org.springframework.stereotype.Service;

/** Assembles the evaluation sheet of a policy field from the tree and the KPIs. */
@Service
public class EvaluationSheetService {

    private final PolicyFieldService fields;
    private final IndicatorService indicators;

    EvaluationSheetService(PolicyFieldService fields, IndicatorService indicators) {
        this.fields = fields;
        this.indicators = indicators;
    }

    /** @param fiscalYear the sheet's year; the field's own sheet year when null */
    public EvaluationSheet sheet(int policyField, Integer fiscalYear) {
        PolicyField field = fields.get(policyField);
        return new EvaluationSheet(fiscalYear == null ? field.sheetFiscalYear() : fiscalYear,
                PolicyFieldResponse.of(field),
                indicators.ofField(policyField).stream().map(i -> indicators.describe(i, null)).toList());
    }
}
