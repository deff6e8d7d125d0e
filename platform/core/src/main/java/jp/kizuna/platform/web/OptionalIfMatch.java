package jp.kizuna.platform.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a write whose {@code If-Match} is not always needed (the first write creates the resource, or
 * the precondition is optional): its OpenAPI document then shows the header as optional. Every other
 * handler that takes {@code If-Match} is documented as requiring it, since {@link IfMatch#parse} answers
 * 428 without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface OptionalIfMatch {
}
