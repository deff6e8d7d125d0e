package jp.kizuna.kpi.policy;

import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The policy tree: fields, measures, business projects and their evaluation texts. */
@RestController
class PolicyFieldController {

    private final PolicyFieldService service;

    PolicyFieldController(PolicyFieldService service) {
        this.service = service;
    }

    @GetMapping("/api/kpi/policy-fields")
    List<PolicyFieldResponse> list() {
        return service.all().stream().map(PolicyFieldResponse::of).toList();
    }

    @GetMapping("/api/kpi/policy-fields/{field}")
    ResponseEntity<PolicyFieldResponse> get(@PathVariable int field) {
        return withETag(service.get(field));
    }

    @GetMapping("/api/kpi/policy-fields/{field}/measures/{measure}")
    PolicyFieldResponse.MeasureView measure(@PathVariable int field, @PathVariable int measure) {
        return PolicyFieldResponse.measure(field, service.get(field).measure(measure));
    }

    /** Who changed which evaluation text when, newest first. */
    @GetMapping("/api/kpi/policy-fields/{field}/history")
    List<TextChange> history(@PathVariable int field) {
        return service.get(field).history().reversed();
    }

    @GetMapping("/api/kpi/projects/{code}")
    PolicyFieldResponse.ProjectView project(@PathVariable String code) {
        PolicyFieldService.ProjectRef ref = service.project(code);
        return PolicyFieldResponse.ProjectView.of(ref.field().number(), ref.measure(), ref.project());
    }

    @PutMapping("/api/kpi/policy-fields/{field}/measures/{measure}/texts")
    ResponseEntity<PolicyFieldResponse> editMeasure(@PathVariable int field, @PathVariable int measure,
            @Valid @RequestBody MeasureTexts texts, IfMatch ifMatch) {
        return withETag(service.editMeasureTexts(field, measure, ifMatch, texts));
    }

    @PutMapping("/api/kpi/projects/{code}/texts")
    ResponseEntity<PolicyFieldResponse> editProject(@PathVariable String code,
            @Valid @RequestBody ProjectTexts texts, IfMatch ifMatch) {
        return withETag(service.editProjectTexts(code, ifMatch, texts));
    }

    /** A year's value of the project's outcome indicator (成果の推移); fiscal year by its start year. */
    @PutMapping("/api/kpi/projects/{code}/outcomes/{fiscalYear}")
    ResponseEntity<PolicyFieldResponse> recordOutcome(@PathVariable String code, @PathVariable @SupportedFiscalYear int fiscalYear,
            @Valid @RequestBody OutcomeEntry entry, IfMatch ifMatch) {
        return withETag(service.recordOutcome(code, fiscalYear, ifMatch, entry));
    }

    private static ResponseEntity<PolicyFieldResponse> withETag(PolicyField field) {
        return ResponseEntity.ok().eTag(IfMatch.etag(field.version())).body(PolicyFieldResponse.of(field));
    }
}
