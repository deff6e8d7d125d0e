package jp.kizuna.platform.security;

import jp.kizuna.platform.contracts.Roles;

/**
 * The groups of roles the services authorize by, in one place for both kinds of rule: the services'
 * path rules ({@link ApiAuthorizationRules}, {@code hasAnyRole(RoleGroups.city())}) and the method rules
 * their use cases carry ({@link CityStaffOnly} and its siblings, whose {@code @PreAuthorize} expressions are
 * the constants below, made from the {@link Roles} constants at compile time).
 */
public final class RoleGroups {

    /** {@link CityStaffOnly}: city staff and city admins. */
    static final String CITY_RULE = "hasAnyRole('" + Roles.CITY_STAFF + "', '" + Roles.CITY_ADMIN + "')";
    /** {@link CityAdminOnly}: city admins only (corrections of confirmed figures). */
    static final String CITY_ADMIN_RULE = "hasRole('" + Roles.CITY_ADMIN + "')";
    /** {@link CityStaffOrOrgAdmin}: the city, or an organization's officer (the use case checks which organization). */
    static final String CITY_OR_ORG_ADMIN_RULE = "hasAnyRole('" + Roles.CITY_STAFF + "', '" + Roles.CITY_ADMIN + "', '"
            + Roles.ORG_ADMIN + "')";
    /** {@link PublishersOnly}: whoever may announce events: the city, an organization's officer or its partner. */
    static final String PUBLISHERS_RULE = "hasAnyRole('" + Roles.CITY_STAFF + "', '" + Roles.CITY_ADMIN + "', '"
            + Roles.ORG_ADMIN + "', '" + Roles.PARTNER + "')";
    /** {@link SignedIn}: any caller with a token. */
    static final String SIGNED_IN_RULE = "isAuthenticated()";

    private RoleGroups() {
    }

    /** City staff and city admins. */
    public static String[] city() {
        return new String[] {Roles.CITY_STAFF, Roles.CITY_ADMIN};
    }

    /** The city and organizations' officers. */
    public static String[] cityOrOrgAdmin() {
        return new String[] {Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN};
    }

    /** The city, organizations' officers and partners: who may announce events. */
    public static String[] publishers() {
        return new String[] {Roles.CITY_STAFF, Roles.CITY_ADMIN, Roles.ORG_ADMIN, Roles.PARTNER};
    }
}
