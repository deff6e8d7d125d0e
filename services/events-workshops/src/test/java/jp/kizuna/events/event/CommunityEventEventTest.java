package jp.kizuna.events.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jp.kizuna.platform.contracts.EventTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The event stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class CommunityEventEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new EventPublished("ev-1", null, AT), "jp.kizuna.events.event.published.v1",
                        "{\"eventId\":\"ev-1\",\"event\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new EventChanged("ev-1", null, AT), "jp.kizuna.events.event.changed.v1",
                        "{\"eventId\":\"ev-1\",\"event\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new EventCancelled("ev-1", null, "rain", AT), "jp.kizuna.events.event.cancelled.v1",
                        "{\"eventId\":\"ev-1\",\"event\":null,\"reason\":\"rain\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheEventTopicUnderItsTypeKeyedByTheEventWithOnlyItsDataAsJson(CommunityEventEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.events.event.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("ev-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<CommunityEventEvent> events = examples().map(example -> (CommunityEventEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(CommunityEventEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(CommunityEventEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.EVENT);
    }
}
