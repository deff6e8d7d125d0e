package jp.kizuna.web.console.subsidies;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A budget line as staff type it (thousand yen): the basis (予算, 見込み or 決算), the three figures, each a whole
 * number or 「－」 for not applicable (an empty field is neither, and is asked for), why it changes, and the
 * project's name for its first line.
 */
record BudgetForm(String projectCode, String fiscalYear, String projectName, String basis, String projectCost,
                  String generalRevenue, String personnelCost, String reason) {

    static final long LARGEST = 999_999_999_999L;

    static BudgetForm of(BudgetViews.Line line, SubsidyTexts texts) {
        return new BudgetForm(line.projectCode(), Integer.toString(line.fiscalYear()), line.projectName(), line.basis(),
                texts.typedFigure(line.projectCost()), texts.typedFigure(line.generalRevenue()),
                texts.typedFigure(line.personnelCost()), null);
    }

    static BudgetForm empty(int fiscalYear) {
        return new BudgetForm(null, Integer.toString(fiscalYear), null, "BUDGET", null, null, null, null);
    }

    /** The entry as the API takes it; each field that cannot be read is named in {@code problems} with its message code. */
    Map<String, Object> entry(Map<String, String> problems) {
        if (basis == null || !BudgetViews.BASES.contains(basis)) {
            problems.put("basis", "console.subsidies.error.basis");
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("basis", basis);
        figures.put("projectCost", figure(projectCost, "projectCost", problems));
        figures.put("generalRevenue", figure(generalRevenue, "generalRevenue", problems));
        figures.put("personnelCost", figure(personnelCost, "personnelCost", problems));
        Map<String, Object> entry = new LinkedHashMap<>();
        if (projectName != null && !projectName.isBlank()) {
            entry.put("projectName", projectName.strip());
        }
        entry.put("figures", figures);
        if (reason != null && !reason.isBlank()) {
            entry.put("reason", reason.strip());
        }
        return entry;
    }

    /** 「－」 (or -, ー, —) is not applicable; digits (any width, with commas) are thousand yen; nothing is asked for. */
    static Object figure(String typed, String field, Map<String, String> problems) {
        String text = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[,、\\s]", "");
        if (text.matches("[-ー—―−－]")) {
            return BudgetViews.NOT_APPLICABLE;
        }
        if (text.matches("\\d{1,12}") && Long.parseLong(text) <= LARGEST) {
            return Long.parseLong(text);
        }
        problems.put(field, text.isEmpty() ? "console.subsidies.error.figureMissing" : "console.subsidies.error.figure");
        return null;
    }
}
