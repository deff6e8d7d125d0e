package jp.kizuna.registry.placement;

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
 * The placement stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class PlacementEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new PlacementStarted("pl-1", null, AT), "jp.kizuna.registry.placement.started.v1",
                        "{\"placementId\":\"pl-1\",\"placement\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new PlacementEnded("pl-1", null, AT), "jp.kizuna.registry.placement.ended.v1",
                        "{\"placementId\":\"pl-1\",\"placement\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnThePlacementTopicUnderItsTypeKeyedByThePlacementWithOnlyItsDataAsJson(PlacementEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.registry.placement.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("pl-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<PlacementEvent> events = examples().map(example -> (PlacementEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(PlacementEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(PlacementEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.PLACEMENT);
    }
}
