package jp.kizuna.subsidy.queue;

import java.util.List;

/**
 * A priority queue as the API shows it: every request in queue order (funded ones with their year), the
 * waiting ones in the order they will be funded, the years already funded, and the version for If-Match.
 */
public record PriorityQueueView(String programmeSlug, List<QueueEntry> entries, List<QueueEntry> waiting,
                                List<Integer> fundedYears, long version) {

    static PriorityQueueView of(PriorityQueue queue) {
        return new PriorityQueueView(queue.programmeSlug(), queue.entries(), queue.waiting(), queue.fundedYears(),
                queue.version() == null ? 0 : queue.version());
    }
}
