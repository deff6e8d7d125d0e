package jp.kizuna.subsidy.application;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subsidy applications. Every change of an existing application needs {@code If-Match}. */
@RestController
class ApplicationController {

    private final ApplicationService service;

    ApplicationController(ApplicationService service) {
        this.service = service;
    }

    @GetMapping("/api/subsidies/applications")
    List<ApplicationView> list(@RequestParam(required = false) String programmeId,
                               @RequestParam(required = false) String organizationId) {
        return service.list(programmeId, organizationId).stream().map(ApplicationView::of).toList();
    }

    @Operation(summary = "Pages through applications",
            description = "The city's inbox (every organization's) or an org-admin's own organization's applications, "
                    + "a page at a time, filtered by status, programme and organization, sorted on the server.")
    @GetMapping("/api/subsidies/applications/paged")
    PageResponse<ApplicationView> page(@RequestParam(required = false) Set<ApplicationStatus> status,
                                       @RequestParam(required = false) String programmeId,
                                       @RequestParam(required = false) String organizationId,
                                       @Parameter(description = "created (the default), amount or organization")
                                       @RequestParam(defaultValue = "created") @Pattern(regexp = "created|amount|organization",
                                               message = "must be created, amount or organization") String sort,
                                       @Parameter(description = "asc (the default: oldest, smallest, A first) or desc")
                                       @RequestParam(defaultValue = "asc") @Pattern(regexp = "asc|desc", message = "must be asc or desc") String order,
                                       @RequestParam(defaultValue = "0") @PageNumber int page,
                                       @RequestParam(defaultValue = "20") @PageSize int size) {
        ApplicationFilter filter = new ApplicationFilter(status, programmeId, organizationId);
        return PageResponse.of(service.page(filter, ApplicationFilter.pageOf(sort, order, page, size)).map(ApplicationView::of));
    }

    @GetMapping("/api/subsidies/applications/{id}")
    ResponseEntity<ApplicationView> get(@PathVariable String id) {
        return respond(service.get(id));
    }

    @PostMapping("/api/subsidies/applications")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ApplicationView> draft(@Valid @RequestBody ApplicationRequests.Draft request) {
        SubsidyApplication application = service.draft(request);
        return ResponseEntity.created(URI.create("/api/subsidies/applications/" + application.id()))
                .eTag(IfMatch.etag(application.version())).body(ApplicationView.of(application));
    }

    @PutMapping("/api/subsidies/applications/{id}")
    ResponseEntity<ApplicationView> amend(@PathVariable String id,
                                          @Valid @RequestBody ApplicationRequests.Amendment amendment,
                                          IfMatch ifMatch) {
        return respond(service.amend(id, ifMatch, amendment));
    }

    @PostMapping("/api/subsidies/applications/{id}/submission")
    ResponseEntity<ApplicationView> submit(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.submit(id, ifMatch));
    }

    @PostMapping("/api/subsidies/applications/{id}/withdrawal")
    ResponseEntity<ApplicationView> withdraw(@PathVariable String id,
                                             @Valid @RequestBody ApplicationRequests.OptionalReason body,
                                             IfMatch ifMatch) {
        return respond(service.withdraw(id, ifMatch, body.reason()));
    }

    @PostMapping("/api/subsidies/applications/{id}/screening")
    ResponseEntity<ApplicationView> screen(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.startScreening(id, ifMatch));
    }

    @PostMapping("/api/subsidies/applications/{id}/approval")
    ResponseEntity<ApplicationView> approve(@PathVariable String id,
                                            @Valid @RequestBody ApplicationRequests.Approval approval,
                                            IfMatch ifMatch) {
        return respond(service.approve(id, ifMatch, approval));
    }

    @PostMapping("/api/subsidies/applications/{id}/rejection")
    ResponseEntity<ApplicationView> reject(@PathVariable String id, @Valid @RequestBody ApplicationRequests.Reason body,
                                           IfMatch ifMatch) {
        return respond(service.reject(id, ifMatch, body.reason()));
    }

    @PostMapping("/api/subsidies/applications/{id}/disbursements")
    ResponseEntity<ApplicationView> disburse(@PathVariable String id,
                                             @Valid @RequestBody ApplicationRequests.Payment payment, IfMatch ifMatch) {
        return respond(service.disburse(id, ifMatch, payment));
    }

    @PostMapping("/api/subsidies/applications/{id}/report")
    ResponseEntity<ApplicationView> report(@PathVariable String id,
                                           @Valid @RequestBody ApplicationRequests.Report report, IfMatch ifMatch) {
        return respond(service.report(id, ifMatch, report));
    }

    @PostMapping("/api/subsidies/applications/{id}/closure")
    ResponseEntity<ApplicationView> close(@PathVariable String id, IfMatch ifMatch) {
        return respond(service.close(id, ifMatch));
    }

    private static ResponseEntity<ApplicationView> respond(SubsidyApplication application) {
        return ResponseEntity.ok().eTag(IfMatch.etag(application.version())).body(ApplicationView.of(application));
    }
}
