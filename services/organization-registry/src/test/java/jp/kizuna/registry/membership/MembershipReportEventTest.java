package jp.kizuna.registry.membership;

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
 * The membership-report stream on the wire: one example of each of its records, the topic, type and key
 * it travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class MembershipReportEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new MembershipReported("assoc-1:FY2026", null, AT), "jp.kizuna.registry.membership-report.reported.v1",
                        "{\"reportId\":\"assoc-1:FY2026\",\"report\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new MembershipCorrected("assoc-1:FY2026", null, new MembershipFigures(80, 100), "typo", AT),
                        "jp.kizuna.registry.membership-report.corrected.v1",
                        "{\"reportId\":\"assoc-1:FY2026\",\"report\":null,\"previous\":{\"memberHouseholds\":80,\"totalHouseholds\":100},\"reason\":\"typo\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheMembershipReportTopicUnderItsTypeKeyedByTheReportWithOnlyItsDataAsJson(MembershipReportEvent event,
                                                                                            String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.registry.membership-report.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("assoc-1:FY2026");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<MembershipReportEvent> events = examples().map(example -> (MembershipReportEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(MembershipReportEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(MembershipReportEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.MEMBERSHIP_REPORT);
    }
}
