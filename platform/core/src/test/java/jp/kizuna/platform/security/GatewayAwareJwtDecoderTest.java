package jp.kizuna.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jp.kizuna.platform.contracts.GatewayTokens;
import jp.kizuna.platform.contracts.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * A service accepts the gateway's partner tokens only when they are signed with the gateway's key,
 * and keeps accepting the identity provider's tokens with the identity provider's key.
 */
class GatewayAwareJwtDecoderTest {

    static final String IDP = "https://issuer.kizuna.test";
    static final KeyPair IDP_KEYS = rsa();
    static final KeyPair GATEWAY_KEYS = rsa();
    static final KeyPair STRANGER_KEYS = rsa();

    final GatewayAwareJwtDecoder decoder = new GatewayAwareJwtDecoder(identityProviderDecoder(),
            (RSAPublicKey) GATEWAY_KEYS.getPublic(), "kizuna-api");

    @Test
    void aPartnerTokenSignedByTheGatewayIsAccepted() throws Exception {
        var jwt = decoder.decode(token(GATEWAY_KEYS, GatewayTokens.ISSUER, "kizuna-api", Duration.ofMinutes(1)));

        assertThat(jwt.getSubject()).isEqualTo("apikey:abc");
        assertThat(jwt.getClaimAsString(Roles.ORGANIZATION_CLAIM)).isEqualTo("aizu-npo");
    }

    @Test
    void theIdentityProvidersTokensAreStillAccepted() throws Exception {
        assertThat(decoder.decode(token(IDP_KEYS, IDP, "kizuna-api", Duration.ofMinutes(5))).getSubject())
                .isEqualTo("apikey:abc");
    }

    @Test
    void aTokenClaimingTheGatewayButSignedByAnyOtherKeyIsRefused() throws Exception {
        for (KeyPair keys : List.of(IDP_KEYS, STRANGER_KEYS)) {
            String forged = token(keys, GatewayTokens.ISSUER, "kizuna-api", Duration.ofMinutes(1));
            assertThatThrownBy(() -> decoder.decode(forged)).isInstanceOf(JwtException.class);
        }
    }

    @Test
    void aGatewayTokenForAnotherAudienceOrPastItsMinuteIsRefused() throws Exception {
        String otherAudience = token(GATEWAY_KEYS, GatewayTokens.ISSUER, "another-api", Duration.ofMinutes(1));
        String expired = token(GATEWAY_KEYS, GatewayTokens.ISSUER, "kizuna-api", Duration.ofMinutes(-2));

        assertThatThrownBy(() -> decoder.decode(otherAudience)).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> decoder.decode(expired)).isInstanceOf(JwtException.class);
    }

    @Test
    void aGatewaySignedTokenNamingTheIdentityProviderIsRefused() throws Exception {
        String wrongIssuer = token(GATEWAY_KEYS, IDP, "kizuna-api", Duration.ofMinutes(1));

        assertThatThrownBy(() -> decoder.decode(wrongIssuer)).isInstanceOf(JwtException.class);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> decoder.decode("not.a.token")).isInstanceOf(JwtException.class);
    }

    static NimbusJwtDecoder identityProviderDecoder() {
        NimbusJwtDecoder idp = NimbusJwtDecoder.withPublicKey((RSAPublicKey) IDP_KEYS.getPublic()).build();
        idp.setJwtValidator(JwtValidators.createDefaultWithIssuer(IDP));
        return idp;
    }

    static String token(KeyPair keys, String issuer, String audience, Duration lifetime) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer).audience(audience).subject("apikey:abc")
                .issueTime(Date.from(now.minus(Duration.ofMinutes(5)))).expirationTime(Date.from(now.plus(lifetime)))
                .claim(Roles.ROLES_CLAIM, List.of(Roles.PARTNER)).claim(Roles.ORGANIZATION_CLAIM, "aizu-npo").build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), claims);
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }

    static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
