package jp.kizuna.web.organizations;

import java.util.List;
import java.util.Optional;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.organizations.OrganizationViews.District;
import jp.kizuna.web.organizations.OrganizationViews.Organization;
import jp.kizuna.web.organizations.OrganizationViews.Page;
import jp.kizuna.web.organizations.OrganizationViews.Placement;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** The register of organizations, through the public API's {@code /api/registry}. */
@Component
public class Register {

    private static final ParameterizedTypeReference<List<District>> DISTRICTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Placement>> PLACEMENTS = new ParameterizedTypeReference<>() {
    };

    /** A search of the register; every part optional. The API folds kana, kanji and width in {@code q}. */
    public record Search(String q, String district, String kind, String stage) {
    }

    private final PublicApi api;

    Register(PublicApi api) {
        this.api = api;
    }

    public Page search(Search search, int page, int size) {
        UriComponentsBuilder query = UriComponentsBuilder.fromPath("/api/registry/organizations")
                .queryParam("page", page).queryParam("size", size);
        add(query, "q", search.q());
        add(query, "district", search.district());
        add(query, "kind", search.kind());
        add(query, "stage", search.stage());
        return api.get(query, Page.class);
    }

    /**
     * The regional management organizations (地域運営組織), for the front page: public and the same for everyone,
     * so a visitor who is not signed in may be shown what the API answered a few seconds ago.
     */
    public Page regionalManagementOrganizations() {
        return api.getPublic("/api/registry/organizations?kind=REGIONAL_MANAGEMENT_ORGANIZATION&status=ACTIVE&size=50", Page.class);
    }

    public Optional<Organization> one(String id) {
        return api.find("/api/registry/organizations/{id}", Organization.class, id);
    }

    public List<Placement> placementsOf(String organizationId) {
        return api.get("/api/registry/placements?organizationId={id}", PLACEMENTS, organizationId);
    }

    public List<District> districts() {
        return api.get("/api/registry/districts", DISTRICTS);
    }

    private static void add(UriComponentsBuilder query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.queryParam(name, value.strip());
        }
    }
}
