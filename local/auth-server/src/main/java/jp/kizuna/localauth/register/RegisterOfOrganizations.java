package jp.kizuna.localauth.register;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Pattern;

import jp.kizuna.localauth.LocalAuthProperties;
import jp.kizuna.localauth.account.OrganizationDirectory;
import jp.kizuna.localauth.account.OrganizationDirectoryUnavailableException;
import org.springframework.stereotype.Component;

/**
 * Asks the public API whether an organization is in the register ({@code GET
 * /api/registry/organizations/{id}}), as any client of the platform would: the issuer shares no database
 * with the registry.
 */
@Component
class RegisterOfOrganizations implements OrganizationDirectory {

    /** Registry ids are lower-case words with hyphens ({@code ikki}, {@code minato}). */
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final URI publicApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    RegisterOfOrganizations(LocalAuthProperties properties) {
        this.publicApi = properties.publicApiUrl();
    }

    @Override
    public boolean isRegistered(String organizationId) {
        if (!ID.matcher(organizationId).matches()) {
            return false;
        }
        HttpRequest request = HttpRequest.newBuilder(publicApi.resolve("/api/registry/organizations/" + organizationId))
                .timeout(Duration.ofSeconds(5)).header("Accept", "application/json").GET().build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return true;
            }
            if (status == 404) {
                return false;
            }
            throw new OrganizationDirectoryUnavailableException("the register answered " + status, null);
        } catch (java.io.IOException e) {
            throw new OrganizationDirectoryUnavailableException("the register at " + publicApi + " is not reachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OrganizationDirectoryUnavailableException("interrupted", e);
        }
    }
}
