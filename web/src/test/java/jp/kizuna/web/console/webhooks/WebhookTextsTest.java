package jp.kizuna.web.console.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class WebhookTextsTest {

    final WebhookTexts texts = new WebhookTexts();

    @Test
    void namesTheKindOfEachUrlRefusalTheEventsServiceWrites() {
        assertThat(texts.urlProblem("must be https (plain http only to localhost)")).isEqualTo("https");
        assertThat(texts.urlProblem("must be https")).isEqualTo("https");
        assertThat(texts.urlProblem("must be an https URL")).isEqualTo("https");
        assertThat(texts.urlProblem("must not contain a user name or password; authenticate the calls by their signature"))
                .isEqualTo("credentials");
        assertThat(texts.urlProblem("must not contain a fragment (#…)")).isEqualTo("fragment");
        assertThat(texts.urlProblem("must not resolve to a private address (10.0.0.8)")).isEqualTo("address");
        assertThat(texts.urlProblem("is not a valid URL")).isEqualTo("invalid");
        assertThat(texts.urlProblem("must be an absolute https URL with a host, such as https://example.jp/kizuna/webhooks"))
                .isEqualTo("invalid");
        assertThat(texts.urlProblem(null)).isEqualTo("invalid");
    }

    @Test
    void writesAMomentAsTheDayAndTimeInAizuwakamatsu() {
        Instant lateOnSunday = Instant.parse("2024-06-09T15:05:09Z");

        assertThat(texts.at(lateOnSunday, Locale.JAPANESE)).isEqualTo("令和6年6月10日(月) 0:05");
        assertThat(texts.atSeconds(lateOnSunday, Locale.JAPANESE)).isEqualTo("令和6年6月10日(月) 0:05:09");
        assertThat(texts.at(lateOnSunday, Locale.ENGLISH)).isEqualTo("Mon 10 June 2024 0:05");
        assertThat(texts.at(null, Locale.JAPANESE)).isEqualTo("—");
    }

    @Test
    void readsTheReplaysDayAndTimeAsAizuwakamatsuWallClockTime() {
        assertThat(WebhookLogController.since("2024-06-09", "18:30")).isEqualTo(Instant.parse("2024-06-09T09:30:00Z"));
        assertThat(WebhookLogController.since("2024-06-09", "")).isEqualTo(Instant.parse("2024-06-08T15:00:00Z"));
        assertThat(WebhookLogController.since("きのう", "")).isNull();
        assertThat(WebhookLogController.since("2024-06-09", "25:00")).isNull();
    }
}
