package jp.kizuna.gateway.apikey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.security.converter.RsaKeyConverters;
import tools.jackson.databind.json.JsonMapper;

/**
 * Partner API keys at the edge, on when the gateway is given its signing key
 * ({@code kizuna.edge.api-keys.signing-key}: the PKCS#8 PEM itself or its location). Without it the
 * gateway refuses every {@code ApiKey} call with 401 (docs/security.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${kizuna.edge.api-keys.signing-key:}'.isBlank()")
class ApiKeyConfiguration {

    @Bean
    ApiKeyDirectory apiKeyDirectory() {
        return new ApiKeyDirectory();
    }

    @Bean
    ApiKeyTopicReader apiKeyTopicReader(ConsumerFactory<String, byte[]> consumers, ApiKeyDirectory directory,
                                        @Value("${kizuna.edge.api-keys.topic}") String topic, JsonMapper json) {
        return new ApiKeyTopicReader(consumers, topic, directory, json);
    }

    @Bean
    ApiKeyAuthenticationManager apiKeyAuthenticationManager(ApiKeyDirectory directory, Clock clock) {
        return new ApiKeyAuthenticationManager(directory, clock);
    }

    @Bean
    PartnerTokenSigner partnerTokenSigner(@Value("${kizuna.edge.api-keys.signing-key}") String signingKey,
                                          @Value("${kizuna.edge.audience}") String audience, Clock clock) {
        return new PartnerTokenSigner(privateKey(signingKey), audience, clock);
    }

    @Bean
    PartnerTokenRelayFilter partnerTokenRelayFilter(PartnerTokenSigner signer) {
        return new PartnerTokenRelayFilter(signer);
    }

    private static RSAPrivateKey privateKey(String pemOrLocation) {
        String value = pemOrLocation.strip();
        try (InputStream in = value.startsWith("-----BEGIN")
                ? new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII))
                : new DefaultResourceLoader().getResource(value).getInputStream()) {
            return RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the gateway's signing key " + (value.startsWith("-----BEGIN")
                    ? "(inline PEM)" : value), e);
        }
    }
}
