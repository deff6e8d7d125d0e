package jp.kizuna.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    /** {@code #{key}} and {@code #{'prefix.' + ${…}}} in a template. */
    private static final Pattern MESSAGE = Pattern.compile("#\\{'?([a-zA-Z][a-zA-Z0-9.-]*)");

    @Test
    void saysEverythingInEnglishThatItSaysInJapanese() {
        assertThat(keys("messages_en.properties")).isEqualTo(keys("messages_ja.properties"));
    }

    @Test
    void hasATextForEveryMessageATemplateUses() throws IOException {
        Set<String> known = keys("messages_ja.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher message = MESSAGE.matcher(Files.readString(template));
                while (message.find()) {
                    used.add(message.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(known)
                .as("a text for %s", key)
                .anySatisfy(k -> assertThat(key.endsWith(".") ? k.startsWith(key) : k.equals(key)).isTrue()));
    }

    @Test
    void isReadAsUtf8() {
        assertThat(Bundles.messages().getMessage("nav.events", null, java.util.Locale.JAPANESE)).isEqualTo("イベント・ワークショップ");
    }

    private static Set<String> keys(String bundle) {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + bundle)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
