package jp.kizuna.events.registration;

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
 * The registration stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class RegistrationEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new RegistrationConfirmed("reg-1", null, AT), "jp.kizuna.events.registration.confirmed.v1",
                        "{\"registrationId\":\"reg-1\",\"registration\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new RegistrationWaitlisted("reg-1", null, AT), "jp.kizuna.events.registration.waitlisted.v1",
                        "{\"registrationId\":\"reg-1\",\"registration\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new RegistrationPromoted("reg-1", null, AT), "jp.kizuna.events.registration.promoted.v1",
                        "{\"registrationId\":\"reg-1\",\"registration\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new RegistrationCancelled("reg-1", null, "PERSON", "person-1", AT), "jp.kizuna.events.registration.cancelled.v1",
                        "{\"registrationId\":\"reg-1\",\"registration\":null,\"reason\":\"PERSON\",\"cancelledBy\":\"person-1\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheRegistrationTopicUnderItsTypeKeyedByTheRegistrationWithOnlyItsDataAsJson(RegistrationEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.events.registration.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("reg-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<RegistrationEvent> events = examples().map(example -> (RegistrationEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(RegistrationEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(RegistrationEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.REGISTRATION);
    }
}
