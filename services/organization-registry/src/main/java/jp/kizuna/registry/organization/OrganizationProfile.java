package jp.kizuna.registry.organization;

import java.time.LocalDate;
import java.util.List;

/** What the register states about an organization when it is entered. */
public record OrganizationProfile(
        String name,
        String nameKana,
        String nameEn,
        OrganizationKind kind,
        List<String> districts,
        LocalDate foundedOn) {
}
