package jp.kizuna.localauth.account;

import java.util.Arrays;
import java.util.Optional;
import jp.kizuna.platform.contracts.Roles;

/**
 * What a person does in Kizuna; the {@code roles} claim of their tokens. Officers (org-admin) and partner
 * publishers act for exactly one organization of the register ({@code org_id}).
 */
public enum AccountRole {
    RESIDENT(Roles.RESIDENT, false),
    ORG_ADMIN(Roles.ORG_ADMIN, true),
    PARTNER(Roles.PARTNER, true),
    CITY_STAFF(Roles.CITY_STAFF, false),
    CITY_ADMIN(Roles.CITY_ADMIN, false);

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
