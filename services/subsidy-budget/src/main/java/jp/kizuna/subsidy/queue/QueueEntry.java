package jp.kizuna.subsidy.queue;

import java.time.Instant;

/**
 * A request in the meeting-house queue: who, what, how much (yen), its priority (1 is the most
 * urgent) and the fiscal year it entered. A request not funded in a year stays, with its place.
 */
public record QueueEntry(String id, String organizationId, String title, long amount, int priority,
                         int enteredFiscalYear, Instant enteredAt, QueueStatus status, Integer fundedFiscalYear,
                         int timesCarriedOver) {

    QueueEntry funded(int fiscalYear) {
        return new QueueEntry(id, organizationId, title, amount, priority, enteredFiscalYear, enteredAt,
                QueueStatus.FUNDED, fiscalYear, timesCarriedOver);
    }

    QueueEntry carriedOver() {
        return new QueueEntry(id, organizationId, title, amount, priority, enteredFiscalYear, enteredAt, status,
                fundedFiscalYear, timesCarriedOver + 1);
    }
}
