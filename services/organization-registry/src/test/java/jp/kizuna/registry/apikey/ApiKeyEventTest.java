package jp.kizuna.registry.apikey;

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
 * The API-key stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class ApiKeyEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new ApiKeyIssued("key-1", null, "staff-1", AT), "jp.kizuna.registry.api-key.issued.v1",
                        "{\"keyId\":\"key-1\",\"apiKey\":null,\"issuedBy\":\"staff-1\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new ApiKeyRevoked("key-1", null, "staff-1", "leaked", AT), "jp.kizuna.registry.api-key.revoked.v1",
                        "{\"keyId\":\"key-1\",\"apiKey\":null,\"revokedBy\":\"staff-1\",\"reason\":\"leaked\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheApiKeyTopicUnderItsTypeKeyedByTheKeyWithOnlyItsDataAsJson(ApiKeyEvent event, String type,
                                                                               String data) {
        assertThat(event.topic()).isEqualTo("kizuna.registry.api-key.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("key-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<ApiKeyEvent> events = examples().map(example -> (ApiKeyEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(ApiKeyEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(ApiKeyEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.API_KEY);
    }
}
