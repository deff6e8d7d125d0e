package jp.kizuna.registry.membership;

import java.time.Instant;

/** One version of a report's figures: the first report is revision 1, each correction adds one. */
public record MembershipRevision(int revision, int memberHouseholds, int totalHouseholds, String reason, String by,
                                 Instant at) {
}
