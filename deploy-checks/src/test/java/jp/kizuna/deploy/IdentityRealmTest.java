package jp.kizuna.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import jp.kizuna.platform.contracts.Roles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.ClientScopeRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The Keycloak realm a city imports to replace the local issuer (k8s/identity/kizuna-realm.json), read
 * strictly into Keycloak's own representation, and checked to give tokens the contract the services and
 * the gateway check: {@code aud: kizuna-api}, the {@code roles} claim with the platform's roles, {@code
 * org_id} and the display name as {@code name}; the web portal and the mobile app as clients with PKCE.
 */
class IdentityRealmTest {

    static final Path REALM = HelmChartTest.ROOT.resolve("k8s/identity/kizuna-realm.json");
    static RealmRepresentation realm;

    @BeforeAll
    static void read() throws IOException {
        realm = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
                .readValue(Files.readString(REALM), RealmRepresentation.class);
    }

    static ClientRepresentation client(String id) {
        return realm.getClients().stream().filter(c -> c.getClientId().equals(id)).findFirst().orElseThrow();
    }

    static Optional<ProtocolMapperRepresentation> mapper(String claim) {
        ClientScopeRepresentation scope = realm.getClientScopes().stream()
                .filter(s -> s.getName().equals("kizuna-api")).findFirst().orElseThrow();
        return scope.getProtocolMappers().stream()
                .filter(m -> claim.equals(m.getConfig().get("claim.name"))
                        || claim.equals(m.getConfig().get("included.custom.audience")))
                .findFirst();
    }

    @Test
    void theRealmRolesAreThePlatformsRoles() {
        assertThat(realm.getRoles().getRealm()).extracting(RoleRepresentation::getName)
                .containsExactlyInAnyOrder(Roles.RESIDENT, Roles.ORG_ADMIN, Roles.PARTNER, Roles.CITY_STAFF, Roles.CITY_ADMIN);
        assertThat(realm.getDefaultRole().getComposites().getRealm()).containsExactly(Roles.RESIDENT);
    }

    @Test
    void accessTokensCarryTheApiAudienceRolesOrganizationAndDisplayName() {
        assertThat(mapper("kizuna-api")).hasValueSatisfying(m -> {
            assertThat(m.getProtocolMapper()).isEqualTo("oidc-audience-mapper");
            assertThat(m.getConfig()).containsEntry("access.token.claim", "true");
        });
        assertThat(mapper(Roles.ROLES_CLAIM)).hasValueSatisfying(m -> {
            assertThat(m.getProtocolMapper()).isEqualTo("oidc-usermodel-realm-role-mapper");
            assertThat(m.getConfig()).containsEntry("multivalued", "true").containsEntry("access.token.claim", "true");
        });
        assertThat(mapper(Roles.ORGANIZATION_CLAIM)).hasValueSatisfying(m ->
                assertThat(m.getConfig()).containsEntry("user.attribute", "org_id").containsEntry("access.token.claim", "true"));
        assertThat(mapper("name")).hasValueSatisfying(m ->
                assertThat(m.getConfig()).containsEntry("user.attribute", "display_name"));
        assertThat(mapper("email")).as("the e-mail never goes into access tokens").isEmpty();
    }

    @Test
    void theWebPortalIsAConfidentialClientWithPkceOnTheChartsHost() throws IOException {
        ClientRepresentation web = client("kizuna-web");
        String host = (String) ((Map<?, ?>) new ObjectMapper(new YAMLFactory())
                .readValue(HelmChartTest.ROOT.resolve("helm/kizuna/values.yaml").toFile(), Map.class).get("ingress")).get("host");

        assertThat(web.isPublicClient()).isFalse();
        assertThat(web.getSecret()).as("the secret is set by city IT, never in the repository").isNull();
        assertThat(web.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(web.getRedirectUris()).containsExactly("https://" + host + "/login/oauth2/code/kizuna");
        assertThat(web.isImplicitFlowEnabled()).isFalse();
        assertThat(web.isDirectAccessGrantsEnabled()).as("no password grant").isFalse();
        assertThat(web.getDefaultClientScopes()).contains("openid", "kizuna-api");
    }

    @Test
    void theMobileAppIsAPublicClientWithPkceAndNativeRedirects() {
        ClientRepresentation mobile = client("kizuna-mobile");

        assertThat(mobile.isPublicClient()).isTrue();
        assertThat(mobile.getAttributes()).containsEntry("pkce.code.challenge.method", "S256");
        assertThat(mobile.getRedirectUris()).containsExactlyInAnyOrder("http://127.0.0.1/*", "jp.kizuna.app:/oauth2redirect");
        assertThat(mobile.isDirectAccessGrantsEnabled()).isFalse();
    }

    @Test
    void signInIsProtectedAsTheLocalIssuerProtectsIt() {
        assertThat(realm.isBruteForceProtected()).isTrue();
        assertThat(realm.getFailureFactor()).isLessThanOrEqualTo(10);
        assertThat(realm.getPasswordPolicy()).contains("length(15)").contains("passwordBlacklist").contains("argon2");
        assertThat(realm.getRevokeRefreshToken()).as("refresh tokens rotate").isTrue();
        assertThat(realm.getRefreshTokenMaxReuse()).isZero();
        assertThat(realm.getAccessTokenLifespan()).isLessThanOrEqualTo(600);
        assertThat(realm.getSslRequired()).isEqualTo("all");
    }

    @Test
    void theExportHoldsNoPeopleAndNoSecrets() {
        assertThat(realm.getUsers()).as("demo people exist only on the local issuer").isNullOrEmpty();
        assertThat(realm.getClients()).extracting(ClientRepresentation::getSecret).containsOnlyNulls();
        assertThat(realm.getSmtpServer()).as("mail settings and their password are the city's").isNullOrEmpty();
    }
}
