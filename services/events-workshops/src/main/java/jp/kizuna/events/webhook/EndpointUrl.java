package jp.kizuna.events.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which URLs may receive webhooks: absolute {@code https} URLs with a host, without user info or
 * fragment, at most 2,000 characters; plain {@code http} only to a loopback host ({@code localhost},
 * {@code 127.0.0.0/8}, {@code [::1]}) and only where the setting allows it (the local stack).
 */
final class EndpointUrl {

    static final int MAX_LENGTH = 2000;

    private EndpointUrl() {
    }

    /** Why the URL cannot be an endpoint, or empty when it can. */
    static Optional<String> problem(String url, boolean allowHttpLoopback) {
        if (url == null || url.isBlank()) {
            return Optional.of("must be an https URL");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getHost().isBlank()) {
            return Optional.of("must be an absolute https URL with a host, such as https://example.jp/kizuna/webhooks");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password; authenticate the calls by their signature");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not contain a fragment (#…)");
        }
        if (scheme.equals("https")) {
            return Optional.empty();
        }
        if (scheme.equals("http")) {
            if (allowHttpLoopback && isLoopback(uri.getHost())) {
                return Optional.empty();
            }
            return Optional.of(allowHttpLoopback ? "must be https (plain http only to localhost)" : "must be https");
        }
        return Optional.of("must be an https URL");
    }

    private static boolean isLoopback(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.equals("localhost")) {
            return true;
        }
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (!name.matches("[0-9.]+|[0-9a-f:]+")) {
            return false; // a name other than localhost would need a lookup; only literal addresses count
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
