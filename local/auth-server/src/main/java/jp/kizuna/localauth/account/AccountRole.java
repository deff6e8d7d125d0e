package jp.kizuna.localauth.account;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a person does in Kizuna; the {@code roles} claim of their tokens. Officers (org-admin) and partner
 * publishers act for exactly one organization of the register ({@code org_id}).
 */
public enum AccountRole {
    RESIDENT("resident", false),
    ORG_ADMIN("org-admin", true),
    PARTNER("partner", true),
    CITY_STAFF("city-staff", false),
    CITY_ADMIN("city-admin", false);

    private final String claim;
    private final boolean actsForOrganization;

    AccountRole(String claim, boolean actsForOrganization) {
        this.claim = claim;
        this.actsForOrganization = actsForOrganization;
    }

    /** The value in the token's {@code roles} claim, e.g. {@code org-admin}. */
    public String claim() {
        return claim;
    }

    public boolean actsForOrganization() {
        return actsForOrganization;
    }

    public static Optional<AccountRole> fromClaim(String claim) {
        return Arrays.stream(values()).filter(role -> role.claim.equals(claim)).findFirst();
    }
}
