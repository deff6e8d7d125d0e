package jp.kizuna.web.events;

import java.util.List;

/** The kinds of event the API knows (its {@code kind}); each has a label in the message bundles. */
final class EventKinds {

    static final List<String> ALL = List.of("WORKSHOP", "FESTIVAL", "CLEANUP", "CLASS", "MARKET", "CONTEST", "MEETING");

    private EventKinds() {
    }
}
