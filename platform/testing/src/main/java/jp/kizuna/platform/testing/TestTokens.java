package jp.kizuna.platform.testing;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jp.kizuna.platform.contracts.Roles;

/**
 * Real RS256-signed tokens for integration tests, verified by the same validators as in production
 * (signature, issuer, audience, expiry) through {@link TestSecurityConfiguration}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.kizuna.test";
    public static final String AUDIENCE = "kizuna-api";

    private static final KeyPair KEYS = generate();

    private TestTokens() {
    }

    public static RSAPublicKey publicKey() {
        return (RSAPublicKey) KEYS.getPublic();
    }

    public static String cityStaff() {
        return forRole(Roles.CITY_STAFF);
    }

    public static String cityAdmin() {
        return forRole(Roles.CITY_ADMIN);
    }

    public static String resident() {
        return forRole(Roles.RESIDENT);
    }

    public static String forRole(String role) {
        return issue(claims(role, null).build());
    }

    /** A token of an org-admin or partner bound to one organization. */
    public static String forRole(String role, String organizationId) {
        return issue(claims(role, organizationId).build());
    }

    /**
     * A person's token as the sign-in issuer gives it: their own subject (an opaque account id) and
     * their display name in {@code name}; {@code organizationId} for an officer or partner, else null.
     */
    public static String forPerson(String role, String organizationId, String subject, String displayName) {
        return issue(claims(role, organizationId).subject(subject).claim(Roles.NAME_CLAIM, displayName).build());
    }

    public static JWTClaimsSet.Builder claims(String role, String organizationId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("test-" + role)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim(Roles.ROLES_CLAIM, List.of(role));
        if (organizationId != null) {
            claims.claim(Roles.ORGANIZATION_CLAIM, organizationId);
        }
        return claims;
    }

    public static String issue(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test").build(), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
