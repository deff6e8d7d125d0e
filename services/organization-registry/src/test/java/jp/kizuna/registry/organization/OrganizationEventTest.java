package jp.kizuna.registry.organization;

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
 * The organization stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class OrganizationEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new OrganizationRegistered("org-1", null, AT), "jp.kizuna.registry.organization.registered.v1",
                        "{\"organizationId\":\"org-1\",\"organization\":null,\"registeredAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new OrganizationUpdated("org-1", List.of("name"), null, AT), "jp.kizuna.registry.organization.updated.v1",
                        "{\"organizationId\":\"org-1\",\"changedFields\":[\"name\"],\"organization\":null,\"updatedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new OrganizationStageChanged("org-1", DevelopmentStage.STEP_1, DevelopmentStage.STEP_2,
                                LocalDate.of(2026, 4, 1), null, null, AT), "jp.kizuna.registry.organization.stage-changed.v1",
                        "{\"organizationId\":\"org-1\",\"previousStage\":\"STEP_1\",\"stage\":\"STEP_2\",\"effectiveOn\":\"2026-04-01\",\"evidence\":null,\"organization\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new OrganizationDissolved("org-1", LocalDate.of(2026, 3, 31), "merged", null, AT),
                        "jp.kizuna.registry.organization.dissolved.v1",
                        "{\"organizationId\":\"org-1\",\"dissolvedOn\":\"2026-03-31\",\"reason\":\"merged\",\"organization\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheOrganizationTopicUnderItsTypeKeyedByTheOrganizationWithOnlyItsDataAsJson(OrganizationEvent event,
                                                                                              String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.registry.organization.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("org-1");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<OrganizationEvent> events = examples().map(example -> (OrganizationEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(OrganizationEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(OrganizationEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.ORGANIZATION);
    }
}
