package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

class EndpointAddressesTest {

    @Test
    void refusesLoopbackUnlessTheLocalStackAllowsIt() {
        assertThat(EndpointAddresses.problem("127.0.0.1", false, false)).get().asString().contains("loopback");
        assertThat(EndpointAddresses.problem("::1", false, false)).get().asString().contains("loopback");
        assertThat(EndpointAddresses.problem("127.0.0.1", true, false)).isEmpty();
    }

    @Test
    void refusesAddressesInsideTheClusterOrTheCitysNetwork() {
        for (String internal : new String[] {"10.0.0.8", "172.16.4.2", "192.168.1.10", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "fd00::1", "fe80::1", "224.0.0.1"}) {
            assertThat(EndpointAddresses.problem(internal, true, false)).as(internal).get().asString().contains("not public");
        }
    }

    @Test
    void acceptsPublicAddressesAndPrivateOnesWhereTheSettingAllowsThem() throws Exception {
        assertThat(EndpointAddresses.problem("203.0.113.7", false, false)).isEmpty();
        assertThat(EndpointAddresses.problem("2001:db8::1", false, false)).isEmpty();
        assertThat(EndpointAddresses.problem("10.0.0.8", false, true)).isEmpty();
        assertThat(EndpointAddresses.isInternal(InetAddress.getByName("100.128.0.1"))).isFalse();
    }
}
