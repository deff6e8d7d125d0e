package jp.kizuna.web.console.subsidies;

import java.time.Instant;
import java.util.List;

/** A multi-year priority queue (集会所整備事業) as the subsidy service shows it; amounts in yen. */
final class QueueViews {

    private QueueViews() {
    }

    record Queue(String programmeSlug, List<Entry> entries, List<Entry> waiting, List<Integer> fundedYears, long version) {

        Queue {
            entries = entries == null ? List.of() : List.copyOf(entries);
            waiting = waiting == null ? List.of() : List.copyOf(waiting);
            fundedYears = fundedYears == null ? List.of() : List.copyOf(fundedYears);
        }

        public List<Entry> funded() {
            return entries.stream().filter(e -> "FUNDED".equals(e.status())).toList();
        }

        public long waitingTotal() {
            return waiting.stream().mapToLong(Entry::amount).sum();
        }
    }

    record Entry(String id, String organizationId, String title, long amount, int priority, int enteredFiscalYear,
                 Instant enteredAt, String status, Integer fundedFiscalYear, int timesCarriedOver) {
    }

    record Funding(int fiscalYear, List<Entry> funded, List<Entry> carriedOver, long remaining) {

        Funding {
            funded = funded == null ? List.of() : List.copyOf(funded);
            carriedOver = carriedOver == null ? List.of() : List.copyOf(carriedOver);
        }
    }
}
