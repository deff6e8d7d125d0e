package jp.kizuna.kpi.organizations;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The KPI service's reading of the registry's organization events: only what it derives from. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryOrganizationView(
        String organizationId,
        String name,
        String kind,
        String status,
        LocalDate foundedOn) {
}
