package jp.kizuna.web.console.events;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.web.events.EventViews.Series;

/** A series as its form holds it, as typed; the organizer is set when the series is created and stays. */
public record SeriesForm(String organizerId, String title, String titleEn, String description) {

    static SeriesForm empty(String organizerId) {
        return new SeriesForm(organizerId, "", "", "");
    }

    static SeriesForm of(Series series) {
        return new SeriesForm(series.organizerId(), series.title(), series.titleEn(), series.description());
    }

    /** The body of a new series (with its organizer) or of a change (without). */
    Map<String, Object> body(boolean withOrganizer) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (withOrganizer && organizerId != null && !organizerId.isBlank()) {
            body.put("organizerId", organizerId.strip());
        }
        body.put("title", title == null ? "" : title);
        if (titleEn != null && !titleEn.isBlank()) {
            body.put("titleEn", titleEn);
        }
        if (description != null && !description.isBlank()) {
            body.put("description", description);
        }
        return body;
    }

    /** The input of a field the API names. */
    static String inputOf(String field) {
        return switch (field) {
            case "organizerId" -> "organizerId";
            case "titleEn" -> "titleEn";
            case "description" -> "description";
            default -> "title";
        };
    }
}
