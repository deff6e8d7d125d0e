package jp.kizuna.localauth.oidc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.platform.contracts.Roles;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * One client-credentials client per role for scripts, tests and machine callers ({@code make token}):
 * {@code kizuna-city-admin}, {@code kizuna-city-staff}, {@code kizuna-org-admin}, {@code kizuna-partner},
 * {@code kizuna-resident}. Their tokens' subject is the client id; people sign in through
 * {@link PersonClients} instead.
 */
enum MachineClients {
    CITY_ADMIN(Roles.CITY_ADMIN, false),
    CITY_STAFF(Roles.CITY_STAFF, false),
    ORG_ADMIN(Roles.ORG_ADMIN, true),
    PARTNER(Roles.PARTNER, true),
    RESIDENT(Roles.RESIDENT, false);

    static final String CLIENT_ID_PREFIX = "kizuna-";

    private final String role;
    private final boolean boundToOrganization;

    MachineClients(String role, boolean boundToOrganization) {
        this.role = role;
        this.boundToOrganization = boundToOrganization;
    }

    String role() {
        return role;
    }

    boolean boundToOrganization() {
        return boundToOrganization;
    }

    String clientId() {
        return CLIENT_ID_PREFIX + role;
    }

    /** Each client's secret is the stack's secret followed by its role (the repository wants them distinct). */
    String secret(LocalAuthProperties properties) {
        return properties.clientSecret() + "-" + role;
    }

    static Optional<MachineClients> byClientId(String clientId) {
        return Arrays.stream(values()).filter(client -> client.clientId().equals(clientId)).findFirst();
    }

    static List<RegisteredClient> registrations(LocalAuthProperties properties) {
        return Arrays.stream(values())
                .map(client -> RegisteredClient.withId(UUID.nameUUIDFromBytes(client.clientId().getBytes()).toString())
                        .clientId(client.clientId())
                        .clientName("Kizuna machine client (" + client.role() + ")")
                        .clientSecret("{noop}" + client.secret(properties))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scope("kizuna")
                        .tokenSettings(TokenSettings.builder().accessTokenTimeToLive(properties.tokenTimeToLive()).build())
                        .build())
                .toList();
    }
}
