package jp.kizuna.kpi.organizations;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The KPI service's reading of the registry's organization events: every one of them carries the
 * organization's state as {@code organization}; this takes only what the KPIs derive from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RegistryOrganizationView(String organizationId, Organization organization) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Organization(String id, String name, String kind, String status, LocalDate foundedOn,
                        LocalDate dissolvedOn) {
    }
}
