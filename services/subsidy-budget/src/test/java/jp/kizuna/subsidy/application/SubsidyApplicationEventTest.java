package jp.kizuna.subsidy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import jp.kizuna.platform.contracts.EventTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class SubsidyApplicationEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new ApplicationSubmitted("app-1", null, AT), "jp.kizuna.subsidy.application.submitted.v1",
                        "{\"applicationId\":\"app-1\",\"application\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new ApplicationDecided("app-1", null, "REJECTED", "late", AT), "jp.kizuna.subsidy.application.decided.v1",
                        "{\"applicationId\":\"app-1\",\"application\":null,\"decision\":\"REJECTED\",\"reason\":\"late\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new ApplicationDisbursed("app-1", null, 50000, LocalDate.of(2026, 5, 1), AT), "jp.kizuna.subsidy.application.disbursed.v1",
                        "{\"applicationId\":\"app-1\",\"application\":null,\"amount\":50000,\"paidOn\":\"2026-05-01\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new ApplicationReported("app-1", null, AT), "jp.kizuna.subsidy.application.reported.v1",
                        "{\"applicationId\":\"app-1\",\"application\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheApplicationTopicUnderItsTypeKeyedByTheApplicationWithOnlyItsDataAsJson(SubsidyApplicationEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.subsidy.application.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("app-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<SubsidyApplicationEvent> events = examples().map(example -> (SubsidyApplicationEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(SubsidyApplicationEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(SubsidyApplicationEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.APPLICATION);
    }
}
