package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class EndpointAddressesTest {

    private static final EndpointAddresses CLUSTER = new EndpointAddresses(false, false);
    private static final EndpointAddresses LOCAL_STACK = new EndpointAddresses(true, false);

    @Test
    void refusesLoopbackUnlessTheLocalStackAllowsIt() throws Exception {
        assertThatThrownBy(() -> CLUSTER.resolve("127.0.0.1")).isInstanceOf(EndpointAddresses.Refused.class)
                .hasMessageContaining("loopback");
        assertThatThrownBy(() -> CLUSTER.resolve("[::1]")).isInstanceOf(EndpointAddresses.Refused.class)
                .hasMessageContaining("loopback");
        assertThat(LOCAL_STACK.resolve("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
    }

    @Test
    void refusesAddressesInsideTheClusterOrTheCitysNetwork() {
        for (String internal : new String[] {"10.0.0.8", "172.16.4.2", "192.168.1.10", "169.254.169.254", "0.0.0.0",
                "100.64.0.1", "fd00::1", "fe80::1", "224.0.0.1", "::ffff:10.0.0.8"}) {
            assertThatThrownBy(() -> LOCAL_STACK.resolve(internal)).as(internal).isInstanceOf(EndpointAddresses.Refused.class)
                    .hasMessageContaining("not public");
        }
    }

    @Test
    void acceptsPublicAddressesAndPrivateOnesWhereTheSettingAllowsThem() throws Exception {
        assertThat(CLUSTER.resolve("203.0.113.7")).containsExactly(InetAddress.getByName("203.0.113.7"));
        assertThat(CLUSTER.resolve("2001:db8::1")).containsExactly(InetAddress.getByName("2001:db8::1"));
        assertThat(new EndpointAddresses(false, true).resolve("10.0.0.8")).containsExactly(InetAddress.getByName("10.0.0.8"));
        assertThat(EndpointAddresses.isInternal(InetAddress.getByName("100.128.0.1"))).isFalse();
    }

    @Test
    void refusesANameWhenAnyOfItsAddressesIsNotPublic() {
        EndpointAddresses addresses = new EndpointAddresses(
                host -> new InetAddress[] {InetAddress.getByName("203.0.113.7"), InetAddress.getByName("10.0.0.8")}, false, false);
        assertThatThrownBy(() -> addresses.resolve("hooks.partner.example")).hasMessageContaining("10.0.0.8");
    }

    @Test
    void answersExactlyTheAddressesOfTheOneLookupItChecked() throws Exception {
        AtomicInteger lookups = new AtomicInteger();
        EndpointAddresses addresses = new EndpointAddresses(host -> lookups.incrementAndGet() == 1
                ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                : new InetAddress[] {InetAddress.getByName("192.168.1.10")}, false, false);

        assertThat(addresses.resolve("hooks.partner.example", 443))
                .extracting(a -> a.getAddress().getHostAddress() + ":" + a.getPort()).containsExactly("203.0.113.7:443");
        assertThat(lookups).hasValue(1);
        assertThatThrownBy(() -> addresses.resolve("hooks.partner.example", 443)).hasMessageContaining("192.168.1.10");
        assertThat(lookups).hasValue(2);
    }

    @Test
    void saysSoWhenTheNameDoesNotResolve() {
        EndpointAddresses addresses = new EndpointAddresses(host -> {
            throw new UnknownHostException(host);
        }, false, false);
        assertThatThrownBy(() -> addresses.resolve("nowhere.example")).isInstanceOf(EndpointAddresses.Refused.class)
                .hasMessage("the host name does not resolve");
    }
}
