package jp.kizuna.registry.organization;

import jp.kizuna.platform.time.HistoricDate;

/** A name an organization carried until it was renamed, e.g. 湊地区地域活性化協議会 until 令和元年度. */
public record FormerName(String name, String nameKana, String nameEn, HistoricDate usedUntil) {

    static FormerName of(OrganizationName name, HistoricDate usedUntil) {
        return new FormerName(name.name(), name.nameKana(), name.nameEn(), usedUntil);
    }
}
