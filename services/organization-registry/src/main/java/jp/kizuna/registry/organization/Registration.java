package jp.kizuna.registry.organization;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.time.HistoricDate;

/**
 * The facts the city registers and only city staff change: kind, the districts served, founding
 * and legal form.
 *
 * @param districts      the districts served; empty for an organization that serves the whole city
 *
 * @param incorporatedOn when the current legal form was obtained (NPO法人化); empty for 任意団体
 */
public record Registration(
        @NotNull OrganizationKind kind,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> districts,
        HistoricDate foundedOn,
        @NotNull LegalForm legalForm,
        HistoricDate incorporatedOn) {

    public Registration {
        districts = districts == null ? null : districts.stream().map(String::strip).distinct().toList();
    }
}
