package jp.kizuna.events.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Where an endpoint's host resolves to, checked before every call: deliveries go to public addresses
 * only, never into the cluster or the city's network (any-local, loopback, link-local — the cloud
 * metadata address among them —, private IPv4 ranges, IPv6 unique-local, carrier-grade NAT, multicast),
 * unless a setting allows loopback (the local stack) or private addresses.
 */
final class EndpointAddresses {

    private EndpointAddresses() {
    }

    /** Why the host may not be called, or empty when every address it resolves to is allowed. */
    static Optional<String> problem(String host, boolean allowLoopback, boolean allowPrivate) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("the host name does not resolve");
        }
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()) {
                if (!allowLoopback) {
                    return Optional.of("the host resolves to a loopback address (" + address.getHostAddress() + ")");
                }
            } else if (!allowPrivate && isInternal(address)) {
                return Optional.of("the host resolves to an address that is not public (" + address.getHostAddress()
                        + "); deliveries go only to public addresses");
            }
        }
        return Optional.empty();
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64.0.0/10, carrier-grade NAT
    }
}
