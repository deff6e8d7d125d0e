package jp.kizuna.registry.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.time.HistoricDate;

/** An officer (役員): position such as 会長 or 事務局長, the person, and the term. */
public record Officer(
        @NotBlank @Size(max = 50) String position,
        @NotBlank @Size(max = 100) String name,
        HistoricDate termFrom,
        HistoricDate termTo) {
}
