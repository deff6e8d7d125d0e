package jp.kizuna.events.event;

import java.time.LocalDate;

import jp.kizuna.platform.time.SupportedDates;
import jp.kizuna.platform.web.params.SupportedDate;

/** A contest's period for entries (応募期間), both days included. */
public record EntryPeriod(@SupportedDate LocalDate opensOn, @SupportedDate LocalDate closesOn) {

    public EntryPeriod {
        SupportedDates.require(opensOn, "opensOn");
        SupportedDates.require(closesOn, "closesOn");
        if (opensOn == null || closesOn == null) {
            throw new IllegalArgumentException("an entry period needs opensOn and closesOn");
        }
        if (closesOn.isBefore(opensOn)) {
            throw new IllegalArgumentException("the entry period closes (" + closesOn + ") before it opens (" + opensOn + ")");
        }
    }
}
