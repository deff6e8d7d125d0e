package jp.kizuna.web.console.register;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.api.PublicApi.Versioned;
import jp.kizuna.web.console.register.RegisterViews.ApiKey;
import jp.kizuna.web.console.register.RegisterViews.District;
import jp.kizuna.web.console.register.RegisterViews.IssuedKey;
import jp.kizuna.web.console.register.RegisterViews.Placement;
import jp.kizuna.web.console.register.RegisterViews.LiveIndicator;
import jp.kizuna.web.console.register.RegisterViews.MembershipReport;
import jp.kizuna.web.console.register.RegisterViews.Organization;
import jp.kizuna.web.console.register.RegisterViews.Summary;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.page.NotFoundException;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The register as city staff and officers work on it, through the public API's {@code /api/registry} with their
 * own token. Every change to an organization or a report names the version it was read at (If-Match); the API
 * checks who may make it.
 */
@Component
class RegisterDesk {

    private static final ParameterizedTypeReference<Page<Summary>> SUMMARIES = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Page<MembershipReport>> REPORT_PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<MembershipReport>> REPORTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Placement>> PLACEMENTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<ApiKey>> API_KEYS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<District>> DISTRICTS = new ParameterizedTypeReference<>() {
    };

    /** Ids are slugs ({@code minato}) or UUIDs; anything else names no organization and never reaches an API path. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,99}");

    private final PublicApi api;

    RegisterDesk(PublicApi api) {
        this.api = api;
    }

    static String checked(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException("organization " + id);
        }
        return id;
    }

    /** A search of the register, a page at a time in the order of the names' readings (the API's order). */
    Page<Summary> search(RegisterSearch search, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/registry/organizations")
                .queryParam("page", page).queryParam("size", size);
        add(query, "q", search.q());
        add(query, "kind", search.kind());
        add(query, "district", search.district());
        add(query, "stage", search.stage());
        add(query, "status", search.status());
        return api.get(query, SUMMARIES);
    }

    /**
     * 地域づくり活動組織数 as the KPI service derives it now from the register's events, for the register's page;
     * empty when the KPI service does not say (the register is shown without it).
     */
    Optional<LiveIndicator> organizationsKpi() {
        try {
            return Optional.ofNullable(api.get("/api/kpi/indicators/active-community-organizations/live", LiveIndicator.class));
        } catch (ApiProblemException | ApiUnavailableException e) {
            return Optional.empty();
        }
    }

    List<District> districts() {
        return api.get("/api/registry/districts", DISTRICTS);
    }

    Versioned<Organization> organization(String id) {
        return api.getVersioned("/api/registry/organizations/{id}", Organization.class, checked(id));
    }

    Organization register(Map<String, Object> body) {
        return api.post("/api/registry/organizations", body, Organization.class);
    }

    /** A change to one part of an organization: {@code PUT …/name}, {@code …/profile}, {@code POST …/stage-changes} … */
    Organization change(String method, String id, String part, Map<String, Object> body, String etag) {
        return api.send(method, "/api/registry/organizations/{id}/" + part, body, etag, Organization.class, checked(id)).value();
    }

    List<Placement> placementsOf(String organizationId) {
        return api.get("/api/registry/placements?organizationId={id}", PLACEMENTS, checked(organizationId));
    }

    Versioned<Placement> placement(String id) {
        return api.getVersioned("/api/registry/placements/{id}", Placement.class, checked(id));
    }

    Placement startPlacement(Map<String, Object> body) {
        return api.post("/api/registry/placements", body, Placement.class);
    }

    Placement endPlacement(String id, Map<String, Object> body, String etag) {
        return api.send("POST", "/api/registry/placements/{id}/end", body, etag, Placement.class, checked(id)).value();
    }

    /** The organization's partner API keys, newest first, revoked ones included: prefixes, never the keys. */
    List<ApiKey> apiKeysOf(String organizationId) {
        return api.get("/api/registry/organizations/{id}/api-keys", API_KEYS, checked(organizationId));
    }

    /** Issues a key; the answer carries the key this once (it is shown on the page that answers, and kept nowhere). */
    IssuedKey issueApiKey(String organizationId, Map<String, Object> body) {
        return api.post("/api/registry/organizations/{id}/api-keys", body, IssuedKey.class, checked(organizationId));
    }

    ApiKey revokeApiKey(String organizationId, String keyId, String reason) {
        Map<String, Object> body = reason == null || reason.isBlank() ? Map.of() : Map.of("reason", reason);
        return api.send("DELETE", "/api/registry/organizations/{id}/api-keys/{key}", body, null, ApiKey.class,
                checked(organizationId), checked(keyId)).value();
    }

    List<MembershipReport> reportsOf(String id) {
        return api.get("/api/registry/organizations/{id}/membership-reports", REPORTS, checked(id));
    }

    Versioned<MembershipReport> report(String id, int fiscalYear) {
        return api.getVersioned("/api/registry/organizations/{id}/membership-reports/{fiscalYear}", MembershipReport.class,
                checked(id), fiscalYear);
    }

    MembershipReport report(String id, Map<String, Object> body) {
        return api.post("/api/registry/organizations/{id}/membership-reports", body, MembershipReport.class, checked(id));
    }

    MembershipReport correct(String id, int fiscalYear, Map<String, Object> body, String etag) {
        return api.send("PUT", "/api/registry/organizations/{id}/membership-reports/{fiscalYear}", body, etag,
                MembershipReport.class, checked(id), fiscalYear).value();
    }

    /** The active neighborhood associations (町内会), optionally of one district, a page at a time. */
    Page<Summary> associations(String district, int page, int size) {
        return search(new RegisterSearch(null, "NEIGHBORHOOD_ASSOCIATION", district, null, "ACTIVE"), page, size);
    }

    /** The membership reports of a fiscal year, optionally of one district, a page at a time. */
    Page<MembershipReport> reportsOfYear(int fiscalYear, String district, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/registry/membership-reports")
                .queryParam("fiscalYear", fiscalYear).queryParam("page", page).queryParam("size", size);
        add(query, "district", district);
        return api.get(query, REPORT_PAGE);
    }

    private static void add(UriComponentsBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.queryParam(name, value.strip());
        }
    }
}
