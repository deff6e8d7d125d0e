package jp.kizuna.gateway.apikey;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import jp.kizuna.platform.contracts.ApiKeys;
import jp.kizuna.platform.contracts.GatewayTokens;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs the token the gateway forwards for a partner that called with its API key, as the services'
 * contract says ({@link GatewayTokens}): RS256 with the gateway's own key, the gateway's issuer, the
 * API's audience, a lifetime of one minute, subject {@code apikey:<key id>}, the partner's organization
 * in {@code org_id} and the roles its scopes give ({@link ApiKeys#rolesOf}; a key without a known scope
 * reads what anyone may read). The services verify it with the gateway's public key; nothing a client
 * sends is trusted instead.
 */
public class PartnerTokenSigner {

    static final Duration LIFETIME = Duration.ofMinutes(1);

    private final JwtEncoder encoder;
    private final String keyId;
    private final String audience;
    private final Clock clock;

    public PartnerTokenSigner(RSAPrivateKey privateKey, String audience, Clock clock) {
        RSAKey jwk = jwk(privateKey);
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        this.keyId = jwk.getKeyID();
        this.audience = audience;
        this.clock = clock;
    }

    public String sign(PartnerKey key) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(GatewayTokens.ISSUER)
                .subject(GatewayTokens.apiKeySubject(key.keyId()))
                .audience(List.of(audience))
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(now.plus(LIFETIME))
                .id(UUID.randomUUID().toString())
                .claim(Roles.ROLES_CLAIM, List.copyOf(ApiKeys.rolesOf(key.scopes())))
                .claim(Roles.ORGANIZATION_CLAIM, key.organizationId())
                .claim(GatewayTokens.SCOPE_CLAIM, String.join(" ", key.scopes()))
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keyId).build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static RSAKey jwk(RSAPrivateKey privateKey) {
        try {
            return new RSAKey.Builder(publicKeyOf(privateKey)).privateKey(privateKey).keyIDFromThumbprint().build();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot make a JWK of the gateway's signing key", e);
        }
    }

    private static RSAPublicKey publicKeyOf(RSAPrivateKey privateKey) {
        if (!(privateKey instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalArgumentException("the gateway's signing key must be a PKCS#8 RSA key with its CRT parameters");
        }
        try {
            BigInteger exponent = crt.getPublicExponent();
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(crt.getModulus(), exponent));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public key of the gateway's signing key", e);
        }
    }
}
