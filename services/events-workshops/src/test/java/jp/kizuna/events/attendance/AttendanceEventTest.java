package jp.kizuna.events.attendance;

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
 * The attendance stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class AttendanceEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new AttendanceRecorded("ev-1", null, AT), "jp.kizuna.events.attendance.recorded.v1",
                        "{\"eventId\":\"ev-1\",\"attendance\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheAttendanceTopicUnderItsTypeKeyedByTheEventWithOnlyItsDataAsJson(AttendanceEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.events.attendance.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("ev-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<AttendanceEvent> events = examples().map(example -> (AttendanceEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(AttendanceEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(AttendanceEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.ATTENDANCE);
    }
}
