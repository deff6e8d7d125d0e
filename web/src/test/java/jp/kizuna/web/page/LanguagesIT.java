package jp.kizuna.web.page;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static org.assertj.core.api.Assertions.assertThat;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LanguagesIT extends PortalAgainstFakeApi {

    @BeforeEach
    void anEvent() {
        API.on("GET", "/api/events/ikki-workshop-2024-1", json(Fixtures.json("events/ikki-workshop-2024-1.json")));
        API.on("GET", "/api/events/series/ikki-machizukuri-workshop-2024",
                json(Fixtures.json("events/series-ikki-machizukuri-workshop-2024.json")));
    }

    @Test
    void speaksJapaneseByDefault() {
        Page event = browser.open("/events/ikki-workshop-2024-1");

        assertThat(event.document().select("html").attr("lang")).isEqualTo("ja");
        assertThat(event.document().select(".site-tools a[hreflang=en]").text()).isEqualTo("English");
        assertThat(API.lastCall("GET", "/api/events/ikki-workshop-2024-1").header("Accept-Language")).isEqualTo("ja");
    }

    @Test
    void switchesToEnglishAndSaysSo() {
        Page event = browser.open("/events/ikki-workshop-2024-1?lang=en");

        assertThat(event.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(event.document().select("h1").text()).isEqualTo("Ikki District Community Planning Workshop, session 1");
        assertThat(event.document().select("h1").attr("lang")).isEqualTo("en");
        assertThat(event.mainText()).contains("Fri 21 June 2024, 18:30–20:00", "Wed 19 June 2024, 23:59", "¥300（資料代）");
        assertThat(event.document().select(".site-tools a[hreflang=ja]").attr("href"))
                .isEqualTo("/events/ikki-workshop-2024-1?lang=ja");
        assertThat(API.lastCall("GET", "/api/events/ikki-workshop-2024-1").header("Accept-Language")).isEqualTo("en");
    }

    @Test
    void remembersTheLanguageOnTheNextPages() {
        browser.open("/events/ikki-workshop-2024-1?lang=en");

        Page next = browser.open("/events/ikki-workshop-2024-1");

        assertThat(next.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(browser.cookie("kizuna_lang")).isEqualTo("en");
    }

    @Test
    void keepsTheOtherParametersOfThePageWhenSwitching() {
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));

        Page calendar = browser.open("/events/calendar?month=2024-10&district=" + java.net.URLEncoder.encode("一箕",
                java.nio.charset.StandardCharsets.UTF_8));

        String english = calendar.document().select(".site-tools a[hreflang=en]").attr("href");
        assertThat(english).startsWith("/events/calendar?").contains("month=2024-10", "lang=en", "district=");
        assertThat(browser.open(english).document().select("h1").text()).isEqualTo("Events in October 2024");
    }

    @Test
    void staysInJapaneseForALanguageItDoesNotSpeak() {
        Page event = browser.open("/events/ikki-workshop-2024-1?lang=fr");

        assertThat(event.document().select("html").attr("lang")).isEqualTo("ja");
    }
}
