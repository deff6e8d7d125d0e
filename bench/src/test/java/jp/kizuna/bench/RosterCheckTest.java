package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** After a rush, the roster must hold exactly the first tickets confirmed and every acknowledged sign-up once. */
class RosterCheckTest {

    private static JsonNode registration(String id, String status, long ticket, Integer position) {
        return Http.JSON.readTree("""
                {"id": "%s", "status": "%s", "ticket": %d, "waitlistPosition": %s}""".formatted(id, status, ticket, position));
    }

    private static List<JsonNode> rush(int confirmed, int waitlisted) {
        List<JsonNode> roster = new ArrayList<>();
        for (int ticket = 1; ticket <= confirmed + waitlisted; ticket++) {
            roster.add(ticket <= confirmed ? registration("r" + ticket, "CONFIRMED", ticket, null)
                    : registration("r" + ticket, "WAITLISTED", ticket, ticket - confirmed));
        }
        return roster;
    }

    private static List<String> ids(int count) {
        List<String> ids = new ArrayList<>();
        for (int ticket = 1; ticket <= count; ticket++) {
            ids.add("r" + ticket);
        }
        return ids;
    }

    @Test
    void theFirstTicketsConfirmedAndTheRestWaitingInOrderIsARushThatHeld() {
        RosterCheck check = RosterCheck.of(rush(3, 7), ids(10));

        assertThat(check.confirmed()).isEqualTo(3);
        assertThat(check.waitlisted()).isEqualTo(7);
        assertThat(check.inTicketOrder()).isTrue();
        assertThat(check.problems(3, 10)).isEmpty();
    }

    @Test
    void oneSeatMoreThanTheCapacityIsOverbooking() {
        assertThat(RosterCheck.of(rush(4, 6), ids(10)).problems(3, 10)).anyMatch(p -> p.startsWith("4 confirmed for 3 seats"));
    }

    @Test
    void aWaitingTicketEarlierThanAConfirmedOneIsOutOfOrder() {
        List<JsonNode> roster = List.of(registration("r1", "CONFIRMED", 1, null), registration("r2", "WAITLISTED", 2, 1),
                registration("r3", "CONFIRMED", 3, null));

        assertThat(RosterCheck.of(roster, ids(3)).inTicketOrder()).isFalse();
    }

    @Test
    void waitlistPositionsThatSkipANumberAreOutOfOrder() {
        List<JsonNode> roster = List.of(registration("r1", "CONFIRMED", 1, null), registration("r2", "WAITLISTED", 2, 1),
                registration("r3", "WAITLISTED", 3, 3));

        assertThat(RosterCheck.of(roster, ids(3)).inTicketOrder()).isFalse();
    }

    @Test
    void anAcknowledgedSignUpMissingOrListedTwiceIsALostOrDoubledWrite() {
        List<JsonNode> roster = new ArrayList<>(rush(2, 2));
        roster.add(registration("r4", "WAITLISTED", 4, 2));
        List<String> acknowledged = new ArrayList<>(ids(4));
        acknowledged.add("r5");

        RosterCheck check = RosterCheck.of(roster, acknowledged);

        assertThat(check.missing()).isEqualTo(1);
        assertThat(check.twice()).isEqualTo(1);
        assertThat(check.problems(2, 4)).anyMatch(p -> p.contains("1 acknowledged sign-ups missing, 1 listed twice"));
    }

    @Test
    void aSignUpStillBeingPlacedIsNotYetARosterThatHeld() {
        List<JsonNode> roster = new ArrayList<>(rush(1, 1));
        roster.add(registration("r3", "REQUESTED", 0, null));

        RosterCheck check = RosterCheck.of(roster, ids(3));

        assertThat(check.requested()).isEqualTo(1);
        assertThat(check.inTicketOrder()).isTrue();
        assertThat(check.problems(1, 2)).containsExactly("1 still being placed");
    }
}
