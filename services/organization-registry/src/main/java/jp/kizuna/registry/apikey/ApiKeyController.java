package jp.kizuna.registry.apikey;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** City staff manage the API keys partner organizations publish with (docs/security.md). */
@RestController
@RequestMapping("/api/registry/organizations/{organizationId}/api-keys")
class ApiKeyController {

    private final ApiKeyService service;

    ApiKeyController(ApiKeyService service) {
        this.service = service;
    }

    @Operation(summary = "Issue an API key for a partner organization (city staff)",
            description = "The answer carries the key once; only its SHA-256 hash is kept. Every gateway replica "
                    + "accepts it within seconds.")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApiKeyResponse.Issued> issue(@PathVariable String organizationId,
                                                @Valid @RequestBody ApiKeyRequests.IssueApiKey request) {
        ApiKeyService.IssuedKey issued = service.issue(organizationId, request);
        return ResponseEntity.created(URI.create("/api/registry/organizations/" + organizationId + "/api-keys/"
                        + issued.key().id()))
                .body(new ApiKeyResponse.Issued(issued.secret().key(), "Authorization: ApiKey " + issued.secret().key(),
                        ApiKeyResponse.of(issued.key())));
    }

    @Operation(summary = "The organization's API keys, newest first, revoked ones included (city staff)")
    @GetMapping
    List<ApiKeyResponse> list(@PathVariable String organizationId) {
        return service.list(organizationId).stream().map(ApiKeyResponse::of).toList();
    }

    @Operation(summary = "One API key (city staff)")
    @GetMapping("/{keyId}")
    ApiKeyResponse get(@PathVariable String organizationId, @PathVariable String keyId) {
        return ApiKeyResponse.of(service.get(organizationId, keyId));
    }

    @Operation(summary = "Revoke an API key (city staff)",
            description = "Every gateway replica refuses the key within seconds. Revoking a revoked key changes nothing.")
    @DeleteMapping(value = "/{keyId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ApiKeyResponse revoke(@PathVariable String organizationId, @PathVariable String keyId,
                          @Valid @RequestBody(required = false) ApiKeyRequests.RevokeApiKey request) {
        return ApiKeyResponse.of(service.revoke(organizationId, keyId, request == null ? null : request.reason()));
    }
}
