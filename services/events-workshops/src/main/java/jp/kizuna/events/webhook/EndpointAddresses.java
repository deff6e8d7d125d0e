package jp.kizuna.events.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.apache.hc.client5.http.DnsResolver;

/**
 * Where deliveries may connect to: public addresses only, never into the cluster or the city's network
 * (any-local, loopback, link-local — the cloud metadata address among them —, private IPv4 ranges, IPv6
 * unique-local, carrier-grade NAT, multicast), unless a setting allows loopback (the local stack) or
 * private addresses.
 *
 * <p>It is the HTTP client's only name resolver, so the check is made on the very lookup whose addresses
 * the connection then uses: the host is resolved once per new connection, refused when any of its
 * addresses is not allowed, and otherwise connected to exactly the addresses checked. A name that
 * answers a public address to one lookup and a private one to the next (DNS rebinding) therefore gets
 * either a connection to the public address or no connection at all.
 */
final class EndpointAddresses implements DnsResolver {

    /** How a host name becomes addresses; the system's resolver, or a fake one in tests. */
    @FunctionalInterface
    interface NameService {

        InetAddress[] lookup(String host) throws UnknownHostException;
    }

    /** A host whose addresses may not be called; the message says why, as the delivery log shows it. */
    static final class Refused extends UnknownHostException {

        Refused(String reason) {
            super(reason);
        }
    }

    private final NameService names;
    private final boolean allowLoopback;
    private final boolean allowPrivate;

    EndpointAddresses(boolean allowLoopback, boolean allowPrivate) {
        this(InetAddress::getAllByName, allowLoopback, allowPrivate);
    }

    EndpointAddresses(NameService names, boolean allowLoopback, boolean allowPrivate) {
        this.names = names;
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** The host's addresses, looked up once, when every one of them may be called; otherwise {@link Refused}. */
    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = names.lookup(name);
        } catch (UnknownHostException e) {
            throw new Refused("the host name does not resolve");
        }
        if (addresses == null || addresses.length == 0) {
            throw new Refused("the host name does not resolve");
        }
        Optional<String> refused = problem(addresses);
        if (refused.isPresent()) {
            throw new Refused(refused.get());
        }
        return addresses.clone();
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** Only asked for Kerberos/SPNEGO, which deliveries never use: the name as it is, without another lookup. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** Why these addresses may not be called, or empty when every one of them may. */
    Optional<String> problem(InetAddress... addresses) {
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
