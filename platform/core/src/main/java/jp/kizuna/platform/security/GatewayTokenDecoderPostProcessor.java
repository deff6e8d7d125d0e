package jp.kizuna.platform.security;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * When the service is given the gateway's public key ({@code kizuna.security.gateway-token.public-key}),
 * wraps whichever {@link JwtDecoder} the service verifies tokens with (Spring Boot's, or a test's) so
 * that it also accepts the gateway's partner tokens. Without the key, gateway tokens fail like any
 * token of an unknown issuer.
 */
public final class GatewayTokenDecoderPostProcessor implements BeanPostProcessor {

    public static final String PUBLIC_KEY_PROPERTY = "kizuna.security.gateway-token.public-key";

    private final Environment environment;

    public GatewayTokenDecoderPostProcessor(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        String key = environment.getProperty(PUBLIC_KEY_PROPERTY);
        if (bean instanceof JwtDecoder decoder && !(bean instanceof GatewayAwareJwtDecoder) && key != null && !key.isBlank()) {
            String audience = environment.getProperty("spring.security.oauth2.resourceserver.jwt.audiences", "kizuna-api");
            return new GatewayAwareJwtDecoder(decoder, PemKeys.publicKey(key), audience.split(",")[0].strip());
        }
        return bean;
    }
}
