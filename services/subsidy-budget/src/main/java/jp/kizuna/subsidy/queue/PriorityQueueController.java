package jp.kizuna.subsidy.queue;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.OptionalIfMatch;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Multi-year priority queues (集会所整備事業), kept by the city. */
@RestController
class PriorityQueueController {

    private final PriorityQueueService service;

    PriorityQueueController(PriorityQueueService service) {
        this.service = service;
    }

    record FundingRequest(@NotNull @SupportedFiscalYear

    @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer fiscalYear) {
    }

    @GetMapping("/api/subsidies/priority-queues/{slug}")
    ResponseEntity<PriorityQueueView> get(@PathVariable String slug) {
        PriorityQueue queue = service.get(slug);
        return ResponseEntity.ok().eTag(IfMatch.etag(queue.version())).body(PriorityQueueView.of(queue));
    }

    /** Enters a request; the first one creates the queue (then without If-Match). */
    @OptionalIfMatch
    @PostMapping("/api/subsidies/priority-queues/{slug}/requests")
    ResponseEntity<PriorityQueueView> enter(@PathVariable String slug,
            @Valid @RequestBody PriorityQueueService.Request request, IfMatch ifMatch) {
        PriorityQueue queue = service.enter(slug, ifMatch, request);
        return ResponseEntity.ok().eTag(IfMatch.etag(queue.version())).body(PriorityQueueView.of(queue));
    }

    /** Funds the year from the programme {@code <slug>:FY<year>}: in order while its envelope allows. */
    @PostMapping("/api/subsidies/priority-queues/{slug}/funding")
    PriorityQueueService.Funding fund(@PathVariable String slug,
            @Valid @RequestBody FundingRequest request, IfMatch ifMatch) {
        return service.fund(slug, ifMatch, request.fiscalYear());
    }
}
