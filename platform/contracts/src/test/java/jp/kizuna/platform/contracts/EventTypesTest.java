package jp.kizuna.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The type sets a consumer subscribes to: one per topic, together every type of the catalogue once. */
class EventTypesTest {

    static Stream<Arguments> streams() {
        return Stream.of(
                arguments(Topics.REGISTRY_ORGANIZATION, EventTypes.ORGANIZATION),
                arguments(Topics.REGISTRY_PLACEMENT, EventTypes.PLACEMENT),
                arguments(Topics.REGISTRY_API_KEY, EventTypes.API_KEY),
                arguments(Topics.REGISTRY_MEMBERSHIP_REPORT, EventTypes.MEMBERSHIP_REPORT),
                arguments(Topics.SUBSIDY_PROJECT_BUDGET, EventTypes.PROJECT_BUDGET),
                arguments(Topics.SUBSIDY_APPLICATION, EventTypes.APPLICATION),
                arguments(Topics.EVENTS_EVENT, EventTypes.EVENT),
                arguments(Topics.EVENTS_REGISTRATION, EventTypes.REGISTRATION),
                arguments(Topics.EVENTS_ATTENDANCE, EventTypes.ATTENDANCE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streams")
    void aStreamsTypesAreNamedAfterItsTopicsServiceAndAggregate(String topic, Set<String> types) {
        String aggregate = "jp." + topic.substring(0, topic.lastIndexOf(".v")) + ".";

        assertThat(types).isNotEmpty().allSatisfy(type -> assertThat(type).startsWith(aggregate));
    }

    @Test
    void theStreamsTogetherHoldEveryTypeOfTheCatalogueExactlyOnce() throws IllegalAccessException {
        List<String> inStreams = streams().flatMap(stream -> ((Set<?>) stream.get()[1]).stream())
                .map(String.class::cast).toList();

        assertThat(inStreams).containsExactlyInAnyOrderElementsOf(stringConstants(EventTypes.class));
    }

    @Test
    void everyTopicOfTheCatalogueHasItsStream() throws IllegalAccessException {
        assertThat(streams().map(stream -> (String) stream.get()[0]).toList())
                .containsExactlyInAnyOrderElementsOf(stringConstants(Topics.class));
    }

    private static List<String> stringConstants(Class<?> catalogue) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : catalogue.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }
}
