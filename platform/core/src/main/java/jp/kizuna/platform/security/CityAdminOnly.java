package jp.kizuna.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Only city admins may call the use case (on a class: every use case of it), by {@code @PreAuthorize} on {@link
 * RoleGroups#CITY_ADMIN_RULE}: a caller without one of the roles gets 403, without a token 401. Which
 * organization a caller may act for the use case checks ({@link CurrentCaller#actsFor}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize(RoleGroups.CITY_ADMIN_RULE)
public @interface CityAdminOnly {
}
