package jp.kizuna.web.console.webhooks;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jp.kizuna.web.text.JapaneseDates;
import org.springframework.stereotype.Component;

/** How the webhook pages write moments (templates call it as {@code @webhookTexts}): the day and the time in Aizuwakamatsu. */
@Component("webhookTexts")
public class WebhookTexts {

    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final DateTimeFormatter TIME_WITH_SECONDS = DateTimeFormatter.ofPattern("H:mm:ss");

    /** The types an endpoint can subscribe to, in the documentation's order. */
    public List<String> eventTypes() {
        return WebhookViews.EVENT_TYPES;
    }

    /** The overlaps of a rotation the page offers. */
    public List<String> overlaps() {
        return WebhookViews.OVERLAPS;
    }

    /** 令和6年6月10日(月) 9:00 / Mon 10 June 2024 9:00 */
    public String at(Instant at, Locale locale) {
        if (at == null) {
            return "—";
        }
        var local = at.atZone(TOKYO);
        return JapaneseDates.date(local.toLocalDate(), locale) + " " + TIME.format(local);
    }

    /** As {@link #at}, to the second: the calls of a log are often seconds apart. */
    public String atSeconds(Instant at, Locale locale) {
        if (at == null) {
            return "—";
        }
        var local = at.atZone(TOKYO);
        return JapaneseDates.date(local.toLocalDate(), locale) + " " + TIME_WITH_SECONDS.format(local);
    }

    /**
     * What kind of refusal of an endpoint's URL the API's words name, for a message in the page's language beside
     * them ({@code console.webhooks.url.problem.<kind>}): {@code https} (plain http, or http to a host other than
     * this machine), {@code credentials}, {@code fragment}, {@code address} (a private, loopback or link-local
     * address), {@code invalid} otherwise.
     */
    public String urlProblem(String apiMessage) {
        String message = apiMessage == null ? "" : apiMessage.toLowerCase(Locale.ROOT);
        if (message.contains("private") || message.contains("loopback") || message.contains("link-local") || message.contains("address")) {
            return "address";
        }
        if (message.contains("absolute") || message.contains("not a valid")) {
            return "invalid";
        }
        if (message.contains("user name") || message.contains("password")) {
            return "credentials";
        }
        if (message.contains("fragment")) {
            return "fragment";
        }
        if (message.contains("must be https") || message.contains("https url")) {
            return "https";
        }
        return "invalid";
    }

    /** The ISO date-time the element {@code <time datetime>} takes. */
    public String iso(Instant at) {
        return at == null ? null : at.toString();
    }
}
