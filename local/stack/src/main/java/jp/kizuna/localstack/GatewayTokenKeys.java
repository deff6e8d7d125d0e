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
 * The RSA key pair the gateway signs partner tokens with, made once per data directory: the private
 * key (PKCS#8 PEM, readable by the owner only) for the gateway, the public key (X.509 PEM) for the
 * services. In the cluster the same two come from a Secret (docs/operations.md).
 */
record GatewayTokenKeys(Path privateKey, Path publicKey) {

    static GatewayTokenKeys in(Path secretsDir) {
        GatewayTokenKeys keys = new GatewayTokenKeys(secretsDir.resolve("gateway-token.key"),
                secretsDir.resolve("gateway-token.pub"));
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
            throw new StackException("cannot create the gateway's token keys in " + privateKey.getParent() + ": "
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
