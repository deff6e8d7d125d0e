package jp.kizuna.subsidy.queue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jp.kizuna.platform.web.ProblemException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The multi-year priority queue of a programme such as 集会所整備事業: the city ranks the
 * associations' requests, funds them in order each year as far as the year's envelope goes, and
 * the ones not funded carry over with their place: by priority, then the year they entered, then
 * when — so an older request keeps its lead over a new one of the same priority.
 */
@Document("priority_queues")
public class PriorityQueue {

    static final Comparator<QueueEntry> ORDER = Comparator.comparingInt(QueueEntry::priority)
            .thenComparingInt(QueueEntry::enteredFiscalYear).thenComparing(QueueEntry::enteredAt)
            .thenComparing(QueueEntry::id);

    @Id
    private String programmeSlug;
    private List<QueueEntry> entries = new ArrayList<>();
    private List<Integer> fundedYears = new ArrayList<>();
    @Version
    private Long version;

    protected PriorityQueue() {
    }

    public PriorityQueue(String programmeSlug) {
        this.programmeSlug = programmeSlug;
    }

    public QueueEntry enter(String organizationId, String title, long amount, int priority, int fiscalYear, Instant now) {
        QueueEntry entry = new QueueEntry(UUID.randomUUID().toString(), organizationId, title, amount, priority,
                fiscalYear, now, QueueStatus.WAITING, null, 0);
        entries.add(entry);
        return entry;
    }

    /** The waiting requests in the order they will be funded. */
    public List<QueueEntry> waiting() {
        return entries.stream().filter(e -> e.status() == QueueStatus.WAITING).sorted(ORDER).toList();
    }

    /**
     * Funds the year's requests in order while {@code canFund} accepts them (the envelope's ledger);
     * a request it refuses carries over, and so does every one after it, keeping the order.
     */
    public List<QueueEntry> fund(int fiscalYear, Predicate<QueueEntry> canFund) {
        if (fundedYears.contains(fiscalYear)) {
            throw ProblemException.conflict("The queue of " + programmeSlug + " was funded for FY" + fiscalYear + " already.");
        }
        List<QueueEntry> funded = new ArrayList<>();
        boolean stopped = false;
        List<QueueEntry> next = new ArrayList<>(entries.stream().filter(e -> e.status() == QueueStatus.FUNDED).toList());
        for (QueueEntry entry : waiting()) {
            if (!stopped && canFund.test(entry)) {
                QueueEntry done = entry.funded(fiscalYear);
                funded.add(done);
                next.add(done);
            } else {
                stopped = true;
                next.add(entry.carriedOver());
            }
        }
        entries = next;
        fundedYears.add(fiscalYear);
        return funded;
    }

    public String programmeSlug() {
        return programmeSlug;
    }

    public List<QueueEntry> entries() {
        return entries.stream().sorted(ORDER).toList();
    }

    public List<Integer> fundedYears() {
        return List.copyOf(fundedYears);
    }

    public Long version() {
        return version;
    }
}
