package jp.kizuna.deploy;

import static jp.kizuna.deploy.HelmChartTest.CHART;
import static jp.kizuna.deploy.HelmChartTest.named;
import static jp.kizuna.deploy.HelmChartTest.ports;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import org.junit.jupiter.api.Test;

/**
 * The events service posts partners' webhooks: in the cluster it may open HTTPS to public addresses,
 * never to a private network, the cluster's own addresses or the cloud's metadata address; no other
 * workload gets that way out.
 */
class WebhookEgressTest {

    private static List<IPBlock> httpsAnywhere(List<HasMetadata> objects, String workload) {
        return named(objects, NetworkPolicy.class, "kizuna-" + workload).getSpec().getEgress().stream()
                .filter(rule -> ports(rule.getPorts()).equals(List.of(443)))
                .flatMap(rule -> rule.getTo().stream())
                .map(peer -> peer.getIpBlock())
                .filter(block -> block != null && (block.getCidr().equals("0.0.0.0/0") || block.getCidr().equals("::/0")))
                .toList();
    }

    @Test
    void theEventsServiceReachesPublicHttpsButNoPrivateAddress() {
        for (var valuesFile : new java.nio.file.Path[] {null, CHART.resolve("values-production.yaml")}) {
            List<HasMetadata> objects = WebWorkloadTest.render(valuesFile, Map.of());

            List<IPBlock> blocks = httpsAnywhere(objects, "events-workshops");

            assertThat(blocks).extracting(IPBlock::getCidr).containsExactlyInAnyOrder("0.0.0.0/0", "::/0");
            IPBlock v4 = blocks.stream().filter(b -> b.getCidr().equals("0.0.0.0/0")).findFirst().orElseThrow();
            IPBlock v6 = blocks.stream().filter(b -> b.getCidr().equals("::/0")).findFirst().orElseThrow();
            assertThat(v4.getExcept()).contains("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
                    "127.0.0.0/8", "100.64.0.0/10").allMatch(cidr -> !cidr.contains(":"));
            assertThat(v6.getExcept()).contains("fc00::/7", "fe80::/10", "::1/128", "64:ff9b::/96").allMatch(cidr -> cidr.contains(":"));
        }
    }

    @Test
    void noOtherWorkloadGetsAWayOutToTheInternet() {
        List<HasMetadata> objects = WebWorkloadTest.render(null, Map.of());

        for (String workload : List.of("organization-registry", "kpi-evaluation", "subsidy-budget", "gateway", "web")) {
            assertThat(httpsAnywhere(objects, workload)).as(workload).isEmpty();
        }
    }

    @Test
    void aCityThatPostsNoWebhooksClosesThatWayOut() {
        List<HasMetadata> objects = WebWorkloadTest.render(null, Map.of("networkPolicy.webhooks.enabled", false));

        assertThat(httpsAnywhere(objects, "events-workshops")).isEmpty();
        List<NetworkPolicyEgressRule> egress = named(objects, NetworkPolicy.class, "kizuna-events-workshops").getSpec().getEgress();
        assertThat(egress).isNotEmpty();
    }
}
