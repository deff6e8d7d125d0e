package jp.kizuna.subsidy.queue;

import java.time.Clock;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jp.kizuna.platform.security.CityStaffOnly;
import jp.kizuna.platform.web.IfMatch;
import jp.kizuna.platform.web.ProblemException;
import jp.kizuna.platform.web.params.SupportedFiscalYear;
import jp.kizuna.subsidy.programme.ProgrammeLedger;
import jp.kizuna.subsidy.programme.ProgrammeService;
import jp.kizuna.subsidy.programme.SubsidyProgramme;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The city's multi-year priority queues. Funding a year takes each request's amount from that
 * year's programme envelope through the same ledger as approvals, so the envelope holds here too.
 */
@Service
public class PriorityQueueService {

    private final MongoTemplate mongo;
    private final ProgrammeService programmes;
    private final ProgrammeLedger ledger;
    private final Clock clock;

    PriorityQueueService(MongoTemplate mongo, ProgrammeService programmes, ProgrammeLedger ledger, Clock clock) {
        this.mongo = mongo;
        this.programmes = programmes;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A request entered into the queue: priority 1 (most urgent) to 5, the fiscal year it is made for. */
    record Request(@NotBlank @Size(max = 64) String organizationId, @NotBlank @Size(max = 200) String title,
                   @NotNull @Positive Long amount, @NotNull @Min(1) @Max(5) Integer priority,
                   @NotNull @SupportedFiscalYear
                   @Schema(minimum = SupportedFiscalYear.MINIMUM, maximum = SupportedFiscalYear.MAXIMUM) Integer fiscalYear) {
    }

    /** What a year's funding did: the requests funded and those carried over, in order. */
    record Funding(int fiscalYear, List<QueueEntry> funded, List<QueueEntry> carriedOver, long remaining) {
    }

    @CityStaffOnly
    public PriorityQueue get(String slug) {
        PriorityQueue queue = mongo.findById(slug, PriorityQueue.class);
        if (queue == null) {
            throw ProblemException.notFound("Priority queue", slug);
        }
        return queue;
    }

    @CityStaffOnly
    public PriorityQueue enter(String slug, IfMatch ifMatch, Request request) {
        PriorityQueue queue = mongo.findById(slug, PriorityQueue.class);
        if (queue == null) {
            if (ifMatch != null) {
                throw ProblemException.preconditionFailed("The queue " + slug + " does not exist yet, so no version of it "
                        + "can match; send the first request without If-Match.");
            }
            queue = new PriorityQueue(slug);
        } else if (ifMatch == null) {
            throw IfMatch.missing();
        } else {
            ifMatch.check(queue.version());
        }
        queue.enter(request.organizationId(), request.title(), request.amount(), request.priority(),
                request.fiscalYear(), clock.instant());
        return save(queue);
    }

    @CityStaffOnly
    public Funding fund(String slug, IfMatch ifMatch, int fiscalYear) {
        PriorityQueue queue = get(slug);
        ifMatch.check(queue.version());
        SubsidyProgramme programme = programmes.get(ProgrammeService.idOf(slug, fiscalYear));
        if (!programme.priorityQueue()) {
            throw ProblemException.ruleViolated(programme.name() + " does not fund from a priority queue.");
        }
        List<QueueEntry> funded = queue.fund(fiscalYear,
                entry -> ledger.reserve(programme, "queue-" + entry.id(), entry.amount()) != ProgrammeLedger.Outcome.INSUFFICIENT);
        save(queue);
        return new Funding(fiscalYear, funded, queue.waiting(), programmes.get(programme.id()).remaining());
    }

    private PriorityQueue save(PriorityQueue queue) {
        return mongo.save(queue);
    }
}
