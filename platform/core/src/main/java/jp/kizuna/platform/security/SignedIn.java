package jp.kizuna.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Any caller with a token may call the use case (on a class: every use case of it), whatever its roles
 * ({@code @PreAuthorize} on {@link RoleGroups#SIGNED_IN_RULE}); without a token 401. What the caller may see
 * or change of the resource (their own registration, their organization's events) is checked in the use case.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@PreAuthorize(RoleGroups.SIGNED_IN_RULE)
public @interface SignedIn {
}
