package jp.kizuna.kpi.indicator;

import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * KPIs by fiscal year. Fiscal years are named by their start year: 2023 is 令和5年度. Every write
 * needs {@code If-Match} with the indicator's ETag.
 */
@RestController
class IndicatorController {

    private final IndicatorService service;

    IndicatorController(IndicatorService service) {
        this.service = service;
    }

    /** The KPIs of a policy field (36 by default), each with its series, or only {@code fiscalYear}. */
    @GetMapping("/api/kpi/indicators")
    List<IndicatorResponse> list(@RequestParam(defaultValue = "36") int policyField,
                                 @RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        return service.ofField(policyField).stream().map(i -> service.describe(i, fiscalYear)).toList();
    }

    @GetMapping("/api/kpi/indicators/{code}")
    ResponseEntity<IndicatorResponse> get(@PathVariable String code,
                                          @RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        Indicator indicator = service.get(code);
        return ResponseEntity.ok().eTag(IfMatch.etag(indicator.version())).body(service.describe(indicator, fiscalYear));
    }

    /** Who changed which target or actual, when and why; newest first. */
    @GetMapping("/api/kpi/indicators/{code}/history")
    List<IndicatorChange> history(@PathVariable String code) {
        return service.get(code).history().reversed();
    }

    /** The running fiscal year's value derived from the other services' events. */
    @GetMapping("/api/kpi/indicators/{code}/live")
    LiveIndicatorValue live(@PathVariable String code) {
        return service.liveValue(code);
    }

    @PutMapping("/api/kpi/indicators/{code}/targets/{fiscalYear}")
    ResponseEntity<IndicatorResponse> setTarget(@PathVariable String code, @PathVariable @SupportedFiscalYear int fiscalYear,
            @Valid @RequestBody IndicatorRequests.TargetValue body, IfMatch ifMatch) {
        return respond(service.setTarget(code, fiscalYear, ifMatch, body.value(), body.reason()));
    }

    @PutMapping("/api/kpi/indicators/{code}/final-target")
    ResponseEntity<IndicatorResponse> setFinalTarget(@PathVariable String code,
            @Valid @RequestBody IndicatorRequests.TargetValue body, IfMatch ifMatch) {
        return respond(service.setFinalTarget(code, ifMatch, body.value(), body.reason()));
    }

    @PutMapping("/api/kpi/indicators/{code}/actuals/{fiscalYear}")
    ResponseEntity<IndicatorResponse> recordActual(@PathVariable String code, @PathVariable @SupportedFiscalYear int fiscalYear,
            @Valid @RequestBody IndicatorRequests.ActualValue body, IfMatch ifMatch) {
        return respond(service.recordActual(code, fiscalYear, ifMatch, body.value(), body.comment()));
    }

    @PostMapping("/api/kpi/indicators/{code}/actuals/{fiscalYear}/confirmation")
    ResponseEntity<IndicatorResponse> confirmActual(@PathVariable String code,
                                                    @PathVariable @SupportedFiscalYear int fiscalYear,
                                                    IfMatch ifMatch) {
        return respond(service.confirmActual(code, fiscalYear, ifMatch));
    }

    @PostMapping("/api/kpi/indicators/{code}/actuals/{fiscalYear}/corrections")
    ResponseEntity<IndicatorResponse> correctActual(@PathVariable String code, @PathVariable @SupportedFiscalYear int fiscalYear,
            @Valid @RequestBody IndicatorRequests.Correction body, IfMatch ifMatch) {
        return respond(service.correctActual(code, fiscalYear, ifMatch, body.value(), body.reason()));
    }

    @PutMapping("/api/kpi/indicators/{code}/verification")
    ResponseEntity<IndicatorResponse> setVerification(@PathVariable String code,
            @Valid @RequestBody IndicatorRequests.Verification body, IfMatch ifMatch) {
        return respond(service.editVerification(code, ifMatch, body.text()));
    }

    private ResponseEntity<IndicatorResponse> respond(Indicator indicator) {
        return ResponseEntity.ok().eTag(IfMatch.etag(indicator.version())).body(service.describe(indicator, null));
    }
}
