package jp.kizuna.registry.organization;

import java.net.URI;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.PageResponse;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

@RestController
@RequestMapping("/api/registry/organizations")
@Validated
class OrganizationController {

    private final OrganizationService service;

    OrganizationController(OrganizationService service) {
        this.service = service;
    }

    @PostMapping
    ResponseEntity<OrganizationResponse> register(@Valid @RequestBody RegisterOrganizationRequest request) {
        Organization organization = service.register(request.toProfile());
        return ResponseEntity.created(URI.create("/api/registry/organizations/" + organization.id()))
                .eTag(Long.toString(organization.version()))
                .body(OrganizationResponse.of(organization));
    }

    @GetMapping("/{id}")
    ResponseEntity<OrganizationResponse> get(@PathVariable String id) {
        Organization organization = service.get(id);
        return ResponseEntity.ok().eTag(Long.toString(organization.version())).body(OrganizationResponse.of(organization));
    }

    @GetMapping
    PageResponse<OrganizationResponse> list(@RequestParam(defaultValue = "0") @Min(0) int page,
                                            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<Organization> result = service.list(PageRequest.of(page, size, Sort.by("nameKana", "id")));
        return PageResponse.of(result.map(OrganizationResponse::of));
    }
}
