package jp.kizuna.registry.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An organization as the API shows it. */
public record OrganizationResponse(
        String id,
        String name,
        String nameKana,
        String nameEn,
        OrganizationKind kind,
        String kindJapanese,
        List<String> districts,
        OrganizationStatus status,
        LocalDate foundedOn,
        Instant registeredAt,
        long version) {

    static OrganizationResponse of(Organization organization) {
        return new OrganizationResponse(organization.id(), organization.name(), organization.nameKana(),
                organization.nameEn(), organization.kind(), organization.kind().japaneseName(),
                organization.districts(), organization.status(), organization.foundedOn(),
                organization.registeredAt(), organization.version());
    }
}
