package jp.kizuna.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An RSA key pair made once per data directory, the private key as PKCS#8 PEM (readable by the owner
 * only), the public key as X.509 PEM: the gateway's key for the partner tokens it signs ({@code
 * gateway-token}; its public half goes to the services, and in the cluster both come from a Secret, see
 * docs/operations.md) and the local issuer's signing key ({@code issuer-signing}, so that tokens and
 * sign-ins survive a restart of the issuer).
 */
record RsaKeyFiles(Path privateKey, Path publicKey) {

    static final String GATEWAY_TOKEN = "gateway-token";
    static final String ISSUER_SIGNING = "issuer-signing";

    static RsaKeyFiles in(Path secretsDir, String name) {
        RsaKeyFiles keys = new RsaKeyFiles(secretsDir.resolve(name + ".key"), secretsDir.resolve(name + ".pub"));
        if (!Files.exists(keys.privateKey()) || !Files.exists(keys.publicKey())) {
            keys.generate();
        }
        return keys;
    }

    private void generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.createDirectories(privateKey.getParent());
            Files.writeString(privateKey, pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(privateKey, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // the file still lives only in the data directory, which git ignores
            }
            Files.writeString(publicKey, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new StackException("cannot create the key pair " + privateKey.getFileName() + " in " + privateKey.getParent() + ": "
                    + e.getMessage(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    String privateKeyLocation() {
        return "file:" + privateKey;
    }

    String publicKeyLocation() {
        return "file:" + publicKey;
    }
}
