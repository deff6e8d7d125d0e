package jp.kizuna.platform.contracts;

/**
 * The roles a token carries in its {@code roles} claim, and the claim names every token is read by:
 * the identity provider's and the gateway's alike. {@code org-admin} and {@code partner} tokens also
 * carry {@code org_id}, the one organization they act for; a person's token carries their display
 * name in {@code name}.
 */
public final class Roles {

    public static final String CITY_ADMIN = "city-admin";
    public static final String CITY_STAFF = "city-staff";
    public static final String ORG_ADMIN = "org-admin";
    public static final String PARTNER = "partner";
    public static final String RESIDENT = "resident";

    /** The claim names. */
    public static final String ROLES_CLAIM = "roles";
    public static final String ORGANIZATION_CLAIM = "org_id";
    /** The person's display name (OpenID Connect standard claim); machine clients' tokens have none. */
    public static final String NAME_CLAIM = "name";
    /** A provider's short name for the person (OpenID Connect); often the e-mail address, then never used. */
    public static final String PREFERRED_USERNAME_CLAIM = "preferred_username";

    private Roles() {
    }
}
