package jp.kizuna.registry.organization;

import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.time.HistoricDate;

/**
 * A community vision plan (地域づくりビジョン) as adopted.
 *
 * @param planFrom first fiscal year of the plan period (start year), if the plan states one
 * @param planTo   last fiscal year of the plan period
 * @param revision 1 for the first plan, 3 for 第三次; empty where the source does not say
 */
public record VisionPlan(
        String title,
        HistoricDate adoptedOn,
        Integer planFrom,
        Integer planTo,
        Integer revision,
        String documentUrl) {

    /** E.g. 令和3年度～令和7年度, or null without a stated period. */
    public String planPeriodJapanese() {
        if (planFrom == null || planTo == null) {
            return null;
        }
        return FiscalYear.of(planFrom).japaneseLabel() + "～" + FiscalYear.of(planTo).japaneseLabel();
    }

    /** E.g. 第三次, or null when the revision is not known. */
    public String revisionJapanese() {
        if (revision == null) {
            return null;
        }
        String[] numerals = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return "第" + (revision < numerals.length ? numerals[revision] : revision.toString()) + "次";
    }
}
