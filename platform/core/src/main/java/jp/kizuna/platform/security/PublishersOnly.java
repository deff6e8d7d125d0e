package jp.kizuna.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Whoever may announce events may call the use case: city staff and admins, organizations' officers and partners
 * (on a class: every use case of it), by {@code @PreAuthorize} on {@link RoleGroups#PUBLISHERS_RULE}: a caller
 * without one of the roles gets 403, without a token 401. Which organization a caller may act for the use case
 * checks ({@link CurrentCaller#actsFor}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize(RoleGroups.PUBLISHERS_RULE)
public @interface PublishersOnly {
}
