package jp.kizuna.registry.placement;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.time.FiscalYear;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/registry/placements")
class PlacementController {

    private final PlacementService service;

    PlacementController(PlacementService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PlacementResponse> start(@Valid @RequestBody PlacementTerms terms) {
        StaffPlacement placement = service.start(terms);
        return ResponseEntity.created(URI.create("/api/registry/placements/" + placement.id()))
                .eTag(IfMatch.etag(placement.version())).body(PlacementResponse.of(placement));
    }

    /**
     * @param fiscalYear placements in place at some time of this fiscal year (its start year, e.g. 2023 for 令和5年度)
     */
    @GetMapping
    List<PlacementResponse> list(@RequestParam(required = false) PlacementProgramme programme,
                                 @RequestParam(required = false) String organizationId,
                                 @RequestParam(required = false) String area,
                                 @RequestParam(required = false) PlacementStatus status,
                                 @RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        return service.find(programme, organizationId, area, status, fiscalYear == null ? null : FiscalYear.of(fiscalYear))
                .stream().map(PlacementResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<PlacementResponse> get(@PathVariable String id) {
        StaffPlacement placement = service.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(placement.version())).body(PlacementResponse.of(placement));
    }

    @PostMapping("/{id}/end")
    ResponseEntity<PlacementResponse> end(@PathVariable String id,
                                          @Valid @RequestBody PlacementEnd end, IfMatch ifMatch) {
        StaffPlacement placement = service.end(id, ifMatch, end);
        return ResponseEntity.ok().eTag(IfMatch.etag(placement.version())).body(PlacementResponse.of(placement));
    }
}
