package jp.kizuna.subsidy.screening;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jp.kizuna.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A programme's screening committee (審査会). */
@RestController
class ScreeningController {

    private final ScreeningService service;

    ScreeningController(ScreeningService service) {
        this.service = service;
    }

    record Scores(@NotEmpty Map<String, Integer> scores) {
    }

    @GetMapping("/api/subsidies/programmes/{programmeId}/screening")
    ResponseEntity<ScreeningView> view(@PathVariable String programmeId) {
        return respond(service.view(programmeId));
    }

    @PostMapping("/api/subsidies/programmes/{programmeId}/screening/reviewers")
    ResponseEntity<ScreeningView> appoint(@PathVariable String programmeId,
            @Valid @RequestBody Reviewer reviewer, IfMatch ifMatch) {
        return respond(service.appoint(programmeId, ifMatch, reviewer));
    }

    /** The calling reviewer's scores for one application, 0–5 per criterion. */
    @PutMapping("/api/subsidies/programmes/{programmeId}/screening/scores/{applicationId}")
    ResponseEntity<ScreeningView> score(@PathVariable String programmeId, @PathVariable String applicationId,
            @Valid @RequestBody Scores scores, IfMatch ifMatch) {
        return respond(service.score(programmeId, applicationId, ifMatch, scores.scores()));
    }

    @PostMapping("/api/subsidies/programmes/{programmeId}/screening/decision")
    ResponseEntity<ScreeningView> decide(@PathVariable String programmeId,
            IfMatch ifMatch) {
        return respond(service.decide(programmeId, ifMatch));
    }

    private static ResponseEntity<ScreeningView> respond(ScreeningView view) {
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}
