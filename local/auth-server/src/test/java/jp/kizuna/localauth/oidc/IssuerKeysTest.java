package jp.kizuna.localauth.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;

class IssuerKeysTest {

    static String pem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    @Test
    void theSameKeyFileGivesTheSameKeyAndKeyIdAfterARestart() throws Exception {
        String pem = pem();

        JWKSet first = IssuerKeys.load(pem);
        JWKSet second = IssuerKeys.load(pem);

        assertThat(second.getKeys().getFirst().getKeyID()).isEqualTo(first.getKeys().getFirst().getKeyID());
        assertThat(second.toPublicJWKSet().toString()).isEqualTo(first.toPublicJWKSet().toString());
        assertThat(first.getKeys().getFirst().isPrivate()).isTrue();
    }

    @Test
    void withoutAKeyFileEachStartMakesANewKey() {
        assertThat(IssuerKeys.load("").getKeys().getFirst().getKeyID())
                .isNotEqualTo(IssuerKeys.load(null).getKeys().getFirst().getKeyID());
    }
}
