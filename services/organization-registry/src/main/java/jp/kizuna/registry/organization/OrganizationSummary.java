package jp.kizuna.registry.organization;

import java.util.List;

import jp.kizuna.platform.time.HistoricDate;

/** An organization as lists show it. */
public record OrganizationSummary(
        String id,
        String name,
        String officialName,
        String nameKana,
        String nameEn,
        OrganizationKind kind,
        String kindJapanese,
        List<String> districts,
        LegalForm legalForm,
        HistoricDate foundedOn,
        OrganizationStatus status,
        OrganizationResponse.StageView stage) {

    static OrganizationSummary of(Organization o) {
        Registration r = o.registration();
        return new OrganizationSummary(o.id(), o.name().name(), o.officialName(), o.name().nameKana(), o.name().nameEn(), r.kind(),
                r.kind().japaneseName(), r.districts(), r.legalForm(), r.foundedOn(), o.status(),
                OrganizationResponse.StageView.of(o.stage().orElse(null)));
    }
}
