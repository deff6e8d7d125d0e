package jp.kizuna.platform.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * Reads the RSA keys of the gateway's partner tokens from configuration: either the PEM text itself
 * (as a Kubernetes secret file read through {@code configtree:} gives it) or a resource location such
 * as {@code file:/run/kizuna/gateway-token.pub}.
 */
public final class PemKeys {

    private PemKeys() {
    }

    /** An X.509 {@code PUBLIC KEY} PEM. */
    public static RSAPublicKey publicKey(String pemOrLocation) {
        try (InputStream in = open(pemOrLocation)) {
            return RsaKeyConverters.x509().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key " + describe(pemOrLocation), e);
        }
    }

    /** A PKCS#8 {@code PRIVATE KEY} PEM. */
    public static RSAPrivateKey privateKey(String pemOrLocation) {
        try (InputStream in = open(pemOrLocation)) {
            return RsaKeyConverters.pkcs8().convert(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the private key " + describe(pemOrLocation), e);
        }
    }

    private static InputStream open(String pemOrLocation) throws IOException {
        String value = pemOrLocation.strip();
        if (value.startsWith("-----BEGIN")) {
            return new ByteArrayInputStream(value.getBytes(StandardCharsets.US_ASCII));
        }
        return new DefaultResourceLoader().getResource(value).getInputStream();
    }

    private static String describe(String pemOrLocation) {
        return pemOrLocation.strip().startsWith("-----BEGIN") ? "(inline PEM)" : pemOrLocation;
    }
}
