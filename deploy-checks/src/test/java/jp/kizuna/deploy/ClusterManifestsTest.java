package jp.kizuna.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import jp.kizuna.platform.contracts.Topics;
import org.junit.jupiter.api.Test;

/** What city IT applies once (k8s/), each file read strictly into typed models and checked against the platform. */
class ClusterManifestsTest {

    static final Path K8S = HelmChartTest.ROOT.resolve("k8s");

    static List<HasMetadata> typed(String file) throws IOException {
        return StrictManifests.parse(Files.readString(K8S.resolve(file)), "k8s/" + file);
    }

    @Test
    void everyFileIsReadStrictly() throws IOException {
        List<String> files;
        try (Stream<Path> list = Files.list(K8S)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }

        assertThat(files).containsExactlyInAnyOrder("namespaces.yaml", "network-policies.yaml", "kafka.yaml",
                "kafka-topics.yaml", "mongodb.yaml");
        for (String file : files) {
            if (file.equals("mongodb.yaml")) {
                assertThat(mongodb().kind()).isEqualTo("MongoDBCommunity");
            } else {
                assertThat(typed(file)).as(file).isNotEmpty();
            }
        }
    }

    @Test
    void theApplicationNamespaceEnforcesTheRestrictedPodSecurityStandard() throws IOException {
        Namespace kizuna = typed("namespaces.yaml").stream().map(Namespace.class::cast)
                .filter(n -> n.getMetadata().getName().equals("kizuna")).findFirst().orElseThrow();

        assertThat(kizuna.getMetadata().getLabels()).containsEntry("pod-security.kubernetes.io/enforce", "restricted");
    }

    @Test
    void bothNamespacesDenyEverythingByDefault() throws IOException {
        List<NetworkPolicy> denyAll = typed("network-policies.yaml").stream().map(NetworkPolicy.class::cast)
                .filter(np -> np.getMetadata().getName().equals("default-deny")).toList();

        assertThat(denyAll).extracting(np -> np.getMetadata().getNamespace()).containsExactlyInAnyOrder("kizuna", "kizuna-data");
        assertThat(denyAll).allSatisfy(np -> {
            assertThat(np.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(np.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            assertThat(np.getSpec().getIngress()).isNullOrEmpty();
            assertThat(np.getSpec().getEgress()).isNullOrEmpty();
        });
    }

    @Test
    void kafkaKeepsAcknowledgedWritesWhenABrokerIsLost() throws IOException {
        Kafka kafka = typed("kafka.yaml").stream().filter(Kafka.class::isInstance).map(Kafka.class::cast).findFirst().orElseThrow();

        assertThat(kafka.getSpec().getKafka().getConfig()).containsEntry("min.insync.replicas", 2)
                .containsEntry("default.replication.factor", 3).containsEntry("auto.create.topics.enable", false);
    }

    @Test
    void theTopicsAreTheCatalogueOfThePlatformPlusTheDeadLetterTopics() throws Exception {
        List<KafkaTopic> topics = typed("kafka-topics.yaml").stream().map(KafkaTopic.class::cast).toList();
        List<String> catalogue = new ArrayList<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                catalogue.add((String) field.get(null));
            }
        }
        catalogue.addAll(List.of("kizuna.kpi-evaluation.dead-letter.v1", "kizuna.subsidy-budget.dead-letter.v1",
                "kizuna.events-workshops.dead-letter.v1"));

        assertThat(topics).extracting(t -> t.getSpec().getTopicName()).containsExactlyInAnyOrderElementsOf(catalogue);
        assertThat(topics).allSatisfy(t -> {
            assertThat(t.getSpec().getReplicas()).isEqualTo(3);
            assertThat(t.getSpec().getConfig()).containsEntry("min.insync.replicas", 2);
        });
        assertThat(topics).filteredOn(t -> !t.getSpec().getTopicName().contains("dead-letter"))
                .allSatisfy(t -> assertThat(t.getSpec().getConfig()).containsEntry("retention.ms", -1));
        assertThat(topics).filteredOn(t -> t.getSpec().getTopicName().equals(Topics.REGISTRY_API_KEY))
                .singleElement().satisfies(t -> assertThat(t.getSpec().getConfig()).containsEntry("cleanup.policy", "compact"));
    }

    @Test
    void mongodbIsAReplicaSetWithADatabasePerServiceAndOneForTheWebSessions() throws IOException {
        MongoDbCommunity mongodb = mongodb();

        assertThat(mongodb.spec().members()).isEqualTo(3);
        assertThat(mongodb.spec().type()).isEqualTo("ReplicaSet");
        assertThat(mongodb.spec().users().getFirst().roles()).extracting(MongoDbCommunity.Role::db)
                .containsExactlyInAnyOrder("kizuna_registry", "kizuna_kpi", "kizuna_subsidy", "kizuna_events", "kizuna_web");
    }

    @Test
    void theMongoDbUserMayWriteEveryDatabaseTheChartNames() throws IOException {
        JsonNode workloads = new ObjectMapper(new YAMLFactory())
                .readTree(HelmChartTest.CHART.resolve("values.yaml").toFile()).get("workloads");
        List<String> databases = new ArrayList<>();
        workloads.forEach(workload -> {
            if (workload.has("database")) {
                databases.add(workload.get("database").asText());
            }
        });

        assertThat(databases).contains("kizuna_web");
        assertThat(mongodb().spec().users().getFirst().roles()).extracting(MongoDbCommunity.Role::db)
                .containsAll(databases);
    }

    static MongoDbCommunity mongodb() throws IOException {
        ObjectMapper strict = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        String yaml = Files.readString(K8S.resolve("mongodb.yaml"));
        return strict.readValue(yaml, MongoDbCommunity.class);
    }
}
