package jp.kizuna.subsidy.screening;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A member of a screening committee (審査会): the subject of their token, a name, and the
 * organizations they are connected with, whose applications they may not score (recusal).
 */
public record Reviewer(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 100) String name,
                       @Size(max = 50) Set<@NotBlank String> connectedOrganizations) {

    public Reviewer {
        connectedOrganizations = connectedOrganizations == null ? Set.of() : Set.copyOf(connectedOrganizations);
    }

    public boolean recusedFrom(String organizationId) {
        return connectedOrganizations.contains(organizationId);
    }
}
