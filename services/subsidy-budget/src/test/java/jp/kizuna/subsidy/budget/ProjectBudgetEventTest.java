package jp.kizuna.subsidy.budget;

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
 * The project-budget stream on the wire: one example of each of its records, the topic, type and key it
 * travels with, and its JSON data (the record's fields and nothing of the routing).
 */
class ProjectBudgetEventTest {

    static final Instant AT = Instant.parse("2026-04-01T00:00:00Z");

    static Stream<Arguments> examples() {
        return Stream.of(
                arguments(new BudgetLineRecorded("P-01:FY2026", null, AT), "jp.kizuna.subsidy.project-budget.recorded.v1",
                        "{\"budgetLineId\":\"P-01:FY2026\",\"line\":null,\"recordedAt\":\"2026-04-01T00:00:00Z\"}"),
                arguments(new BudgetLineCorrected("P-01:FY2026", null, null, "typo", AT), "jp.kizuna.subsidy.project-budget.corrected.v1",
                        "{\"budgetLineId\":\"P-01:FY2026\",\"line\":null,\"previous\":null,\"reason\":\"typo\",\"recordedAt\":\"2026-04-01T00:00:00Z\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void travelsOnTheProjectBudgetTopicUnderItsTypeKeyedByTheBudgetLineWithOnlyItsDataAsJson(ProjectBudgetEvent event, String type, String data) {
        assertThat(event.topic()).isEqualTo("kizuna.subsidy.project-budget.v1");
        assertThat(event.eventType()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo("P-01:FY2026");
        assertThat(JsonMapper.builder().build().writeValueAsString(event)).isEqualTo(data);
    }

    @Test
    void theExamplesAreOneOfEachRecordOfTheStreamAndCoverEveryTypeOfItsTopic() {
        List<ProjectBudgetEvent> events = examples().map(example -> (ProjectBudgetEvent) example.get()[0]).toList();

        assertThat(events.stream().<Class<?>>map(Object::getClass).toList())
                .containsExactlyInAnyOrder(ProjectBudgetEvent.class.getPermittedSubclasses());
        assertThat(events).extracting(ProjectBudgetEvent::eventType).containsExactlyInAnyOrderElementsOf(EventTypes.PROJECT_BUDGET);
    }
}
