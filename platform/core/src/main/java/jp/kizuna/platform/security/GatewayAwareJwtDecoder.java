package jp.kizuna.platform.security;

import java.text.ParseException;
import java.time.Duration;
import java.security.interfaces.RSAPublicKey;
import java.util.List;

import com.nimbusds.jwt.JWTParser;
import jp.kizuna.platform.contracts.GatewayTokens;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies a token with the decoder of its issuer: the gateway's tokens (partner API keys, see
 * {@link GatewayTokens}) with the gateway's public key, every other token with the identity
 * provider's decoder. The issuer is read before verification only to choose the decoder; each
 * decoder then checks signature, issuer, audience and lifetime itself.
 */
public final class GatewayAwareJwtDecoder implements JwtDecoder {

    private final JwtDecoder identityProvider;
    private final JwtDecoder gateway;

    public GatewayAwareJwtDecoder(JwtDecoder identityProvider, RSAPublicKey gatewayKey, String audience) {
        this.identityProvider = identityProvider;
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(gatewayKey)
                .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(Duration.ofSeconds(30)),
                new JwtIssuerValidator(GatewayTokens.ISSUER),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)))));
        this.gateway = decoder;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        return GatewayTokens.ISSUER.equals(unverifiedIssuer(token)) ? gateway.decode(token) : identityProvider.decode(token);
    }

    private static String unverifiedIssuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new BadJwtException("Malformed token", e);
        }
    }
}
