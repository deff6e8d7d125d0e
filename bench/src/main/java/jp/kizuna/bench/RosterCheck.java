package jp.kizuna.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * What an event's roster (every page, in ticket order) says about its seats after a rush: how many are
 * confirmed and waitlisted, whether the seats went to the earliest tickets and the waitlist positions
 * follow the tickets, and whether every acknowledged sign-up is in it exactly once.
 *
 * @param confirmed            registrations CONFIRMED
 * @param waitlisted           registrations WAITLISTED
 * @param requested            registrations still REQUESTED (being placed)
 * @param inTicketOrder        tickets rise through the roster, every confirmed ticket is earlier than every
 *                             waitlisted one, and the waitlist positions are 1, 2, 3, … in ticket order
 * @param missing              acknowledged registrations the roster does not hold
 * @param twice                registration ids the roster holds more than once
 * @param acknowledgedNotPlaced acknowledged registrations the roster holds cancelled (nobody cancelled in a rush)
 */
record RosterCheck(int confirmed, int waitlisted, int requested, boolean inTicketOrder, int missing, int twice,
                   int acknowledgedNotPlaced) {

    static RosterCheck of(List<JsonNode> roster, Collection<String> acknowledged) {
        int confirmed = 0;
        int waitlisted = 0;
        int requested = 0;
        long previousTicket = -1;
        long lastConfirmed = 0;
        long firstWaitlisted = Long.MAX_VALUE;
        boolean inOrder = true;
        Map<String, Integer> seen = new HashMap<>();
        Map<String, String> statusById = new HashMap<>();
        for (JsonNode registration : roster) {
            String id = registration.get("id").asString();
            seen.merge(id, 1, Integer::sum);
            String status = registration.get("status").asString();
            statusById.put(id, status);
            long ticket = registration.get("ticket").asLong();
            switch (status) {
                case "CONFIRMED" -> {
                    confirmed++;
                    lastConfirmed = Math.max(lastConfirmed, ticket);
                }
                case "WAITLISTED" -> {
                    waitlisted++;
                    firstWaitlisted = Math.min(firstWaitlisted, ticket);
                    JsonNode position = registration.get("waitlistPosition");
                    inOrder &= position != null && !position.isNull() && position.asInt() == waitlisted;
                }
                case "REQUESTED" -> requested++;
                default -> {
                    // CANCELLED: holds no seat and no place
                }
            }
            if (!status.equals("REQUESTED")) {
                inOrder &= ticket > previousTicket;
                previousTicket = ticket;
            }
        }
        inOrder &= lastConfirmed < firstWaitlisted;
        int missing = 0;
        int notPlaced = 0;
        for (String id : acknowledged) {
            String status = statusById.get(id);
            if (status == null) {
                missing++;
            } else if (status.equals("CANCELLED")) {
                notPlaced++;
            }
        }
        int twice = (int) seen.values().stream().filter(count -> count > 1).count();
        return new RosterCheck(confirmed, waitlisted, requested, inOrder, missing, twice, notPlaced);
    }

    /** What is wrong for a rush of {@code registrations} placed registrations for {@code capacity} seats; empty when nothing. */
    List<String> problems(int capacity, int registrations) {
        List<String> problems = new ArrayList<>();
        int seats = Math.min(capacity, registrations);
        if (confirmed != seats) {
            problems.add(confirmed + " confirmed for " + capacity + " seats and " + registrations + " sign-ups (" + seats
                    + " expected)");
        }
        if (waitlisted != registrations - seats) {
            problems.add(waitlisted + " waitlisted (" + (registrations - seats) + " expected)");
        }
        if (requested > 0) {
            problems.add(requested + " still being placed");
        }
        if (!inTicketOrder) {
            problems.add("seats and waitlist not in ticket order");
        }
        if (missing > 0 || twice > 0 || acknowledgedNotPlaced > 0) {
            problems.add(missing + " acknowledged sign-ups missing, " + twice + " listed twice, " + acknowledgedNotPlaced
                    + " acknowledged but cancelled");
        }
        return problems;
    }

    Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("confirmed", confirmed);
        map.put("waitlisted", waitlisted);
        map.put("still_being_placed", requested);
        map.put("seats_and_waitlist_in_ticket_order", inTicketOrder);
        map.put("acknowledged_missing", missing);
        map.put("listed_twice", twice);
        map.put("acknowledged_not_placed", acknowledgedNotPlaced);
        return map;
    }
}
