package jp.kizuna.web.config;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionStoreTest {

    @Test
    void keepsSessionsInMemoryOrInMongoDb() {
        assertThatCode(() -> new SessionStore("memory")).doesNotThrowAnyException();
        assertThatCode(() -> new SessionStore("mongodb")).doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithAStoreItDoesNotKnowRatherThanFallBackToMemory() {
        assertThatThrownBy(() -> new SessionStore("mongo")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KIZUNA_WEB_SESSIONS").hasMessageContaining("'mongo'");
    }
}
