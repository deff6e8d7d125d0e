package jp.kizuna.registry.organization;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.text.MultiLineText;
import jp.kizuna.platform.time.HistoricDate;

/**
 * What an organization says about itself; its own org-admin may edit this.
 *
 * @param constituentBodies 主な構成団体, e.g. 各種団体, 教育機関, 事業者, 個人
 * @param memberCount       会員数, with the date it was counted
 * @param secretariat       who runs the office (事務局), e.g. 北公民館
 * @param milestones        dated facts without a structured home (agreements, grants created …)
 */
public record Profile(
        @MultiLineText @Size(max = 4000) String description,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> constituentBodies,
        @PositiveOrZero Integer memberCount,
        HistoricDate memberCountAsOf,
        @Size(max = 200) String secretariat,
        @Valid Contact contact,
        @Size(max = 100) List<@Valid Officer> officers,
        @Size(max = 200) List<@Valid Milestone> milestones) {

    public static final Profile EMPTY = new Profile(null, List.of(), null, null, null, null, List.of(), List.of());

    public Profile {
        constituentBodies = constituentBodies == null ? List.of() : List.copyOf(constituentBodies);
        officers = officers == null ? List.of() : List.copyOf(officers);
        milestones = milestones == null ? List.of()
                : milestones.stream()
                .sorted(Comparator.comparing(Milestone::on, Comparator.nullsFirst(Comparator.naturalOrder()))).toList();
    }
}
