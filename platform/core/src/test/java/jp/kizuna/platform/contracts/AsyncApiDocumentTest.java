package jp.kizuna.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** docs/asyncapi.yaml documents every topic and event type of the catalogue, and its references resolve. */
class AsyncApiDocumentTest {

    static final Path DOCUMENT = Path.of("..", "..", "docs", "asyncapi.yaml");

    static String text() throws IOException {
        return Files.readString(DOCUMENT);
    }

    static List<String> constants(Class<?> catalogue) throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : catalogue.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    @Test
    void everyEventTypeIsAMessageOfTheDocument() throws Exception {
        String document = text();

        assertThat(constants(EventTypes.class)).allSatisfy(type -> assertThat(document).contains("name: " + type));
    }

    @Test
    void everyTopicIsAChannelOfTheDocument() throws Exception {
        String document = text();

        assertThat(constants(Topics.class)).allSatisfy(topic -> assertThat(document).contains("address: " + topic));
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyReferenceResolves() throws Exception {
        String document = text();
        Map<String, Object> tree = new Yaml().load(document);
        Matcher refs = Pattern.compile("\\$ref: '#/([^']+)'").matcher(document);
        while (refs.find()) {
            Object node = tree;
            for (String part : refs.group(1).split("/")) {
                assertThat(node).as(refs.group(1)).isInstanceOf(Map.class);
                node = ((Map<String, Object>) node).get(part);
            }
            assertThat(node).as("#/" + refs.group(1)).isNotNull();
        }
    }
}
