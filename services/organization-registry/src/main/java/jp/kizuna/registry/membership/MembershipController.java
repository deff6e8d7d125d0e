package jp.kizuna.registry.membership;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.PageResponse;
import jp.kizuna.platform.web.params.PageNumber;
import jp.kizuna.platform.web.params.PageSize;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

@RestController
class MembershipController {

    private final MembershipService service;

    MembershipController(MembershipService service) {
        this.service = service;
    }

    @PostMapping("/api/registry/organizations/{id}/membership-reports")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MembershipReportResponse> report(@PathVariable String id,
                                                    @Valid @RequestBody MembershipRequests.Report request) {
        MembershipReport report = service.report(id, request.fiscalYear(), request.figures());
        return ResponseEntity.created(URI.create("/api/registry/organizations/" + id + "/membership-reports/"
                        + report.fiscalYear()))
                .eTag(IfMatch.etag(report.version())).body(MembershipReportResponse.of(report));
    }

    @GetMapping("/api/registry/organizations/{id}/membership-reports")
    List<MembershipReportResponse> ofAssociation(@PathVariable String id) {
        return service.ofAssociation(id).stream().map(MembershipReportResponse::of).toList();
    }

    @GetMapping("/api/registry/organizations/{id}/membership-reports/{fiscalYear}")
    ResponseEntity<MembershipReportResponse> get(@PathVariable String id, @PathVariable @SupportedFiscalYear int fiscalYear) {
        MembershipReport report = service.get(id, fiscalYear);
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(MembershipReportResponse.of(report));
    }

    @PutMapping("/api/registry/organizations/{id}/membership-reports/{fiscalYear}")
    ResponseEntity<MembershipReportResponse> correct(@PathVariable String id, @PathVariable @SupportedFiscalYear int fiscalYear,
            @Valid @RequestBody MembershipRequests.Correction request, IfMatch ifMatch) {
        MembershipReport report = service.correct(id, fiscalYear, ifMatch, request.figures(),
                request.reason());
        return ResponseEntity.ok().eTag(IfMatch.etag(report.version())).body(MembershipReportResponse.of(report));
    }

    /** The reports of a fiscal year (its start year, 2023 for 令和5年度), optionally of one district. */
    @GetMapping("/api/registry/membership-reports")
    PageResponse<MembershipReportResponse> ofYear(@RequestParam @SupportedFiscalYear int fiscalYear,
                                                  @RequestParam(required = false) String district,
                                                  @RequestParam(defaultValue = "0") @PageNumber int page,
                                                  @RequestParam(defaultValue = "50") @PageSize int size) {
        PageRequest request = PageRequest.of(page, size, Sort.by("district", "associationName", "_id"));
        return PageResponse.of(service.ofYear(fiscalYear, district, request).map(MembershipReportResponse::of));
    }

    /** 町内会加入率 of a fiscal year, citywide and by district, derived from the reports. */
    @GetMapping("/api/registry/membership-rates")
    MembershipRates rates(@RequestParam @SupportedFiscalYear int fiscalYear) {
        return service.rates(fiscalYear);
    }
}
