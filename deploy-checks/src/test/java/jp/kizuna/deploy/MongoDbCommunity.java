package jp.kizuna.deploy;

import java.util.List;
import java.util.Map;

/**
 * The part of the MongoDB Community operator's {@code MongoDBCommunity} resource Kizuna uses, as
 * typed records: read with unknown fields failing, like the kinds fabric8 and Strimzi model.
 */
record MongoDbCommunity(String apiVersion, String kind, Metadata metadata, Spec spec) {

    record Metadata(String name, String namespace) {
    }

    record Spec(int members, String type, String version, Security security, List<User> users,
                Map<String, Object> additionalMongodConfig, Map<String, Object> statefulSet) {
    }

    record Security(Authentication authentication) {
    }

    record Authentication(List<String> modes) {
    }

    record User(String name, String db, SecretRef passwordSecretRef, List<Role> roles, String scramCredentialsSecretName) {
    }

    record SecretRef(String name) {
    }

    record Role(String name, String db) {
    }
}
