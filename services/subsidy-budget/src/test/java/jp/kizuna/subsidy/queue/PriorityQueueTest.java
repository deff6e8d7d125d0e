package jp.kizuna.subsidy.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class PriorityQueueTest {

    static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    /** Funds while the running total stays within the envelope, as the programme ledger does. */
    static Predicate<QueueEntry> envelope(long yen) {
        long[] left = {yen};
        return entry -> {
            if (entry.amount() > left[0]) {
                return false;
            }
            left[0] -= entry.amount();
            return true;
        };
    }

    @Test
    void requestsAreFundedInPriorityOrderAndTheRestCarryOverWithTheirPlace() {
        PriorityQueue queue = new PriorityQueue("meeting-house");
        queue.enter("roof", "屋根の修繕", 3_000_000, 1, 2025, T0);
        queue.enter("toilet", "洋式トイレへの改修", 2_000_000, 2, 2025, T0.plusSeconds(1));
        queue.enter("slope", "玄関スロープ設置", 1_500_000, 2, 2025, T0.plusSeconds(2));

        List<QueueEntry> fy2025 = queue.fund(2025, envelope(5_500_000));

        assertThat(fy2025).extracting(QueueEntry::organizationId).containsExactly("roof", "toilet");
        assertThat(queue.waiting()).singleElement().satisfies(carried -> {
            assertThat(carried.organizationId()).isEqualTo("slope");
            assertThat(carried.timesCarriedOver()).isEqualTo(1);
        });
    }

    @Test
    void aCarriedRequestKeepsItsLeadOverANewOneOfTheSamePriority() {
        PriorityQueue queue = new PriorityQueue("meeting-house");
        queue.enter("old", "外壁の修繕", 2_000_000, 2, 2025, T0);
        queue.fund(2025, envelope(0));
        queue.enter("new", "床の修繕", 500_000, 2, 2026, T0.plusSeconds(86_400 * 300));
        queue.enter("urgent", "雨漏り", 800_000, 1, 2026, T0.plusSeconds(86_400 * 301));

        assertThat(queue.waiting()).extracting(QueueEntry::organizationId).containsExactly("urgent", "old", "new");
        assertThat(queue.fund(2026, envelope(2_900_000))).extracting(QueueEntry::organizationId)
                .containsExactly("urgent", "old");
    }

    @Test
    void theOrderIsStrictARequestThatDoesNotFitHoldsBackTheOnesAfterIt() {
        PriorityQueue queue = new PriorityQueue("meeting-house");
        queue.enter("big", "建て替え", 9_000_000, 1, 2025, T0);
        queue.enter("small", "網戸", 100_000, 3, 2025, T0);

        assertThat(queue.fund(2025, envelope(1_000_000))).isEmpty();
        assertThat(queue.waiting()).extracting(QueueEntry::organizationId).containsExactly("big", "small");
    }

    @Test
    void aYearIsFundedOnce() {
        PriorityQueue queue = new PriorityQueue("meeting-house");
        queue.fund(2025, envelope(0));

        assertThatThrownBy(() -> queue.fund(2025, envelope(0))).hasMessageContaining("already");
    }
}
