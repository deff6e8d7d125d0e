package jp.kizuna.web.events;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.api.PublicApi;
import jp.kizuna.web.events.EventViews.Page;
import jp.kizuna.web.events.EventViews.Registration;
import jp.kizuna.web.events.EventViews.SessionOutcome;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

/** A signed-in person's own sign-ups, through the public API (ONLINE, for themselves). */
@Component
public class SignUps {

    private static final ParameterizedTypeReference<Page<Registration>> PAGE = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<SessionOutcome>> OUTCOMES = new ParameterizedTypeReference<>() {
    };

    private final PublicApi api;

    SignUps(PublicApi api) {
        this.api = api;
    }

    public Registration forEvent(String eventId, SignUpForm form) {
        return api.post("/api/events/{id}/registrations", body(form), Registration.class, eventId);
    }

    /** Every open session of the series, each confirmed or waitlisted on its own. */
    public List<SessionOutcome> forSeries(String seriesId, SignUpForm form) {
        return api.post("/api/events/series/{id}/registrations", body(form), OUTCOMES, seriesId);
    }

    public Page<Registration> mine(int page, int size) {
        return api.get("/api/events/registrations/mine?page={page}&size={size}", PAGE, page, size);
    }

    /** Cancels one of the person's registrations, naming the version they saw (If-Match). */
    public Registration cancel(String registrationId) {
        PublicApi.Versioned<Registration> current = api.getVersioned("/api/events/registrations/{id}", Registration.class,
                registrationId);
        return api.send("POST", "/api/events/registrations/{id}/cancellation", Map.of("reason", "本人が取り消し"),
                current.etag(), Registration.class, registrationId).value();
    }

    private static Map<String, Object> body(SignUpForm form) {
        Map<String, Object> registrant = new LinkedHashMap<>();
        registrant.put("name", form.name());
        putIfGiven(registrant, "nameKana", form.nameKana());
        putIfGiven(registrant, "phone", form.phone());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("registrant", registrant);
        body.put("channel", "ONLINE");
        body.put("eligibilityDeclared", form.eligibilityDeclared());
        putIfGiven(body, "note", form.note());
        return body;
    }

    private static void putIfGiven(Map<String, Object> target, String key, String value) {
        if (value != null && !value.isBlank()) {
            target.put(key, value.strip());
        }
    }
}
