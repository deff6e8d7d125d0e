package jp.kizuna.events.event;

import java.time.LocalDate;

/** A contest's period for entries (応募期間), both days included. */
public record EntryPeriod(LocalDate opensOn, LocalDate closesOn) {

    public EntryPeriod {
        if (opensOn == null || closesOn == null) {
            throw new IllegalArgumentException("an entry period needs opensOn and closesOn");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("the entry period closes (" + closesOn + ") before it opens (" + opensOn + ")");
        }
    }
}
