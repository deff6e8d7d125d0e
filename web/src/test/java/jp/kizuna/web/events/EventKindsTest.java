package jp.kizuna.web.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import jp.kizuna.web.page.Bundles;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

class EventKindsTest {

    private final MessageSource messages = Bundles.messages();

    @Test
    void offersTheKindsTheEventsApiKnows() {
        assertThat(EventKinds.ALL).containsExactly("WORKSHOP", "FESTIVAL", "CLEANUP", "CLASS", "MARKET", "CONTEST", "MEETING");
    }

    @Test
    void namesEachKindInJapaneseAsTheApiDoes() {
        assertThat(EventKinds.ALL.stream().map(kind -> messages.getMessage("event.kind." + kind, null, Locale.JAPANESE)))
                .containsExactly("ワークショップ", "祭り・フェス", "清掃・美化活動", "教室・講座", "マルシェ・直売", "コンテスト", "会議・説明会");
    }

    @Test
    void namesEachKindInEnglish() {
        assertThat(EventKinds.ALL).allSatisfy(kind -> {
            String english = messages.getMessage("event.kind." + kind, null, Locale.ENGLISH);
            assertThat(english).isNotBlank().doesNotContain("event.kind").matches("\\p{ASCII}+");
        });
    }
}
