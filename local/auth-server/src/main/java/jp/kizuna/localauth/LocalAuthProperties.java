package jp.kizuna.localauth;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kizuna.local-auth.*}.
 *
 * @param clientSecret        the stack's secret; client {@code kizuna-<role>} authenticates with
 *                            {@code <secret>-<role>}. The launcher generates one per data directory,
 *                            so no secret is ever written in a file of the repository
 * @param audience            the {@code aud} claim the services require
 * @param defaultOrganization the organization an org-admin or partner token is bound to when the
 *                            request names none
 * @param tokenTimeToLive     how long an access token is valid
 */
@Validated
@ConfigurationProperties("kizuna.local-auth")
public record LocalAuthProperties(
        @NotBlank String clientSecret,
        @DefaultValue("kizuna-api") String audience,
        @DefaultValue("local-demo-organization") String defaultOrganization,
        @DefaultValue("60m") Duration tokenTimeToLive) {
}
