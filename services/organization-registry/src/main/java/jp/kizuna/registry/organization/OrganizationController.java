package jp.kizuna.registry.organization;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import jp.kizuna.platform.web.params.SearchText;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register's HTTP face. Reads are public; every write to an existing organization needs
 * {@code If-Match} with the ETag last read, and answers with the organization and its new ETag.
 */
@RestController
@RequestMapping("/api/registry/organizations")
class OrganizationController {

    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<OrganizationResponse> registerOrganization(@Valid @RequestBody RegisterOrganizationRequest request) {
        Organization organization = service.register(request);
        return ResponseEntity.created(URI.create("/api/registry/organizations/" + organization.id()))
                .eTag(IfMatch.etag(organization.version()))
                .body(OrganizationResponse.of(organization));
    }

    /**
     * @param q search in names, readings and former names; 「湊」, 「みなと」, 「ミナト」 and 「ﾐﾅﾄ」 all
     *          find みんなと湊まちづくりネットワーク
     * @param district a district; a grouping such as 永和 includes the districts it comprises
     */
    @GetMapping
    PageResponse<OrganizationSummary> list(@RequestParam(required = false) OrganizationKind kind,
                                           @RequestParam(required = false) @Size(max = 50) String district,
                                           @RequestParam(required = false) DevelopmentStage stage,
                                           @RequestParam(required = false) OrganizationStatus status,
                                           @RequestParam(required = false) @SearchText String q,
                                           @RequestParam(defaultValue = "0") @PageNumber int page,
                                           @RequestParam(defaultValue = "20") @PageSize int size) {
        OrganizationFilter filter = new OrganizationFilter(kind, district, stage, status, q);
        Sort order = Sort.by("name.nameKana", "_id");
        return PageResponse.of(service.find(filter, PageRequest.of(page, size, order)).map(OrganizationSummary::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganizationResponse> get(@PathVariable String id) {
        return withETag(service.get(id));
    }

    /** Who changed what and when, newest first. */
    @GetMapping("/{id}/history")
    List<ChangeRecord> history(@PathVariable String id) {
        return service.get(id).history().reversed();
    }

    @GetMapping("/{id}/stage-changes")
    List<StageChange> stageChanges(@PathVariable String id) {
        return service.get(id).stageHistory().changes();
    }

    @PutMapping("/{id}/name")
    ResponseEntity<OrganizationResponse> rename(@PathVariable String id,
                                                @Valid @RequestBody OrganizationRequests.Rename request,
                                                IfMatch ifMatch) {
        return withETag(service.rename(id, ifMatch, request));
    }

    @PutMapping("/{id}/registration")
    ResponseEntity<OrganizationResponse> updateRegistration(@PathVariable String id,
            @Valid @RequestBody Registration registration, IfMatch ifMatch) {
        return withETag(service.updateRegistration(id, ifMatch, registration));
    }

    @PutMapping("/{id}/profile")
    ResponseEntity<OrganizationResponse> updateProfile(@PathVariable String id,
            @Valid @RequestBody Profile profile, IfMatch ifMatch) {
        return withETag(service.updateProfile(id, ifMatch, profile));
    }

    @PutMapping("/{id}/activities")
    ResponseEntity<OrganizationResponse> replaceActivities(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.Activities request, IfMatch ifMatch) {
        return withETag(service.replaceActivities(id, ifMatch, request.activities()));
    }

    @PutMapping("/{id}/links")
    ResponseEntity<OrganizationResponse> replaceLinks(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.Links request, IfMatch ifMatch) {
        return withETag(service.replaceLinks(id, ifMatch, request.links()));
    }

    @PostMapping("/{id}/stage-changes")
    ResponseEntity<OrganizationResponse> changeStage(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.StageChangeRequest request, IfMatch ifMatch) {
        return withETag(service.changeStage(id, ifMatch, request));
    }

    @PostMapping("/{id}/visions")
    ResponseEntity<OrganizationResponse> adoptVision(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.Vision request, IfMatch ifMatch) {
        return withETag(service.adoptVision(id, ifMatch, request.toPlan()));
    }

    @PostMapping("/{id}/facility-contracts")
    ResponseEntity<OrganizationResponse> takeFacilityContract(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.Contract request, IfMatch ifMatch) {
        return withETag(service.takeFacilityContract(id, ifMatch, request.toContract()));
    }

    @Operation(summary = "Dissolve an organization (city staff)",
            description = "The record stays, closed to further writes (409). Its partner API keys are revoked with it: "
                    + "apiKeys.revoked lists them, and every gateway refuses them within seconds.")
    @PostMapping("/{id}/dissolution")
    ResponseEntity<DissolutionResponse> dissolve(@PathVariable String id,
            @Valid @RequestBody OrganizationRequests.Dissolution request, IfMatch ifMatch) {
        OrganizationService.Dissolved dissolved = service.dissolve(id, ifMatch, request);
        return ResponseEntity.ok().eTag(IfMatch.etag(dissolved.organization().version())).body(DissolutionResponse.of(dissolved));
    }

    private static ResponseEntity<OrganizationResponse> withETag(Organization organization) {
        return ResponseEntity.ok().eTag(IfMatch.etag(organization.version())).body(OrganizationResponse.of(organization));
    }
}
