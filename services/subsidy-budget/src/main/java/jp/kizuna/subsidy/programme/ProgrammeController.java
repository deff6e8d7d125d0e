package jp.kizuna.subsidy.programme;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subsidy programmes: public to read, set up by city staff. */
@RestController
class ProgrammeController {

    private final ProgrammeService service;

    ProgrammeController(ProgrammeService service) {
        this.service = service;
    }

    @GetMapping("/api/subsidies/programmes")
    List<ProgrammeView> list(@RequestParam(required = false) @SupportedFiscalYear Integer fiscalYear) {
        return service.list(fiscalYear).stream().map(ProgrammeView::of).toList();
    }

    @GetMapping("/api/subsidies/programmes/{id}")
    ResponseEntity<ProgrammeView> get(@PathVariable String id) {
        SubsidyProgramme programme = service.get(id);
        return ResponseEntity.ok().eTag(IfMatch.etag(programme.version())).body(ProgrammeView.of(programme));
    }

    @PostMapping("/api/subsidies/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProgrammeView> create(@Valid @RequestBody ProgrammeTerms terms) {
        SubsidyProgramme programme = service.create(terms);
        return ResponseEntity.created(URI.create("/api/subsidies/programmes/" + programme.id()))
                .eTag(IfMatch.etag(programme.version())).body(ProgrammeView.of(programme));
    }
}
