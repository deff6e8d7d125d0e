package jp.kizuna.localauth.oidc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The key the issuer signs tokens with (RS256). The local stack keeps one per data directory
 * ({@code secrets/issuer-signing.key}), so that tokens and people's sign-ins survive a restart of the
 * issuer; without one a new key is made at every start. The key id is the key's RFC 7638 thumbprint.
 */
final class IssuerKeys {

    private IssuerKeys() {
    }

    static JWKSet load(String pemOrLocation) {
        KeyPair pair = pemOrLocation == null || pemOrLocation.isBlank() ? generate() : read(pemOrLocation.strip());
        try {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .keyIDFromThumbprint()
                    .build();
            return new JWKSet(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot compute the signing key's thumbprint", e);
        }
    }

    private static KeyPair read(String pemOrLocation) {
        try (InputStream in = pemOrLocation.startsWith("-----BEGIN")
                ? new ByteArrayInputStream(pemOrLocation.getBytes(StandardCharsets.US_ASCII))
                : new DefaultResourceLoader().getResource(pemOrLocation).getInputStream()) {
            if (!(RsaKeyConverters.pkcs8().convert(in) instanceof RSAPrivateCrtKey privateKey)) {
                throw new IllegalStateException("the issuer's signing key must be an RSA private key with its CRT parameters");
            }
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(
                    new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the issuer's signing key "
                    + (pemOrLocation.startsWith("-----BEGIN") ? "(inline PEM)" : pemOrLocation), e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot derive the public half of the issuer's signing key", e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime can make RSA keys", e);
        }
    }
}
