package jp.kizuna.web.console.events;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import jp.kizuna.web.console.events.EventsConsoleViews.Fields;
import jp.kizuna.web.events.EventViews.Schedule;

/**
 * An event's details as its form holds them: every field the API takes, as typed (so a refused form shows exactly
 * what was typed, a number that is none included). The API checks every rule; the form only turns the text of
 * its numbers into numbers, and says so in place when one is not a number.
 *
 * @param when which kind of schedule: {@code date} (a day, with times or all day), {@code month} (the month while
 *             the day is not decided), {@code year} (a past event the records place only in a fiscal year)
 * @param organizerId the organization that holds it; blank for the city's own (city staff only)
 */
public record EventForm(String organizerId, String seriesId, String session, String title, String titleEn, String kind,
                        String description, String venueName, String venueAddress, String venueAccess, String latitude,
                        String longitude, String when, String date, String endDate, String startTime, String endTime,
                        String tentativeMonth, String undatedFiscalYear, String capacity, String feeYen, String feeDetail,
                        Boolean registrationRequired, String opensAt, String deadline, String deadlineTime, String method,
                        String eligibility, Boolean declarationRequired, String contactName, String contactPhone,
                        String contactEmail, String districts, String projectCode, String url, String entryOpensOn,
                        String entryClosesOn) {

    static final List<String> KINDS = List.of("WORKSHOP", "FESTIVAL", "CLEANUP", "CLASS", "MARKET", "CONTEST", "MEETING");

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,3}(\\.[0-9]{1,10})?");

    /** An unticked box sends nothing: that is "no"; a form never sent has the day's schedule. */
    public EventForm {
        when = "month".equals(when) || "year".equals(when) ? when : "date";
        registrationRequired = Boolean.TRUE.equals(registrationRequired);
        declarationRequired = Boolean.TRUE.equals(declarationRequired);
    }

    /** A new event's form: a workshop on a day, taking registrations. */
    static EventForm empty(String organizerId) {
        return new EventForm(organizerId, null, null, "", "", "WORKSHOP", "", "", "", "", "", "", "date", "", "", "", "", "",
                "", "", "", "", true, "", "", "", "", "", false, "", "", "", "", "", "", "", "");
    }

    /** This form as a session of a series (its number still to be typed). */
    EventForm asSessionOf(String series) {
        return new EventForm(organizerId, series, "", title, titleEn, kind, description, venueName, venueAddress, venueAccess,
                latitude, longitude, when, date, endDate, startTime, endTime, tentativeMonth, undatedFiscalYear, capacity,
                feeYen, feeDetail, registrationRequired, opensAt, deadline, deadlineTime, method, eligibility,
                declarationRequired, contactName, contactPhone, contactEmail, districts, projectCode, url, entryOpensOn,
                entryClosesOn);
    }

    /** The form of an event's current details. */
    static EventForm of(String organizerId, String seriesId, Integer session, Fields details) {
        Schedule schedule = details.schedule();
        String when = schedule.tentativeMonth() != null ? "month" : schedule.undatedFiscalYear() != null ? "year" : "date";
        var venue = details.venue();
        var fee = details.fee();
        var terms = details.registration();
        var contact = details.contact();
        var entry = details.entryPeriod();
        return new EventForm(organizerId, seriesId, text(session), details.title(), details.titleEn(), details.kind(),
                details.description(), venue == null ? "" : venue.name(), venue == null ? "" : venue.address(),
                venue == null ? "" : venue.access(), venue == null ? "" : text(venue.latitude()),
                venue == null ? "" : text(venue.longitude()), when, text(schedule.date()), text(schedule.endDate()),
                text(schedule.startTime()), text(schedule.endTime()), schedule.tentativeMonth(),
                text(schedule.undatedFiscalYear()), text(details.capacity()), fee == null ? "" : String.valueOf(fee.basicYen()),
                fee == null ? "" : fee.detail(), terms != null && Boolean.TRUE.equals(terms.required()),
                terms == null ? "" : text(terms.opensAt()), terms == null ? "" : text(terms.deadline()),
                terms == null ? "" : text(terms.deadlineTime()), terms == null ? "" : terms.method(), details.eligibility(),
                Boolean.TRUE.equals(details.eligibilityDeclarationRequired()), contact == null ? "" : contact.name(),
                contact == null ? "" : contact.phone(), contact == null ? "" : contact.email(),
                String.join("、", details.districts()), details.projectCode(), details.url(),
                entry == null ? "" : entry.opensOn(), entry == null ? "" : entry.closesOn());
    }

    /** The numbers typed that are no numbers, by input id; empty when the form can be sent. */
    Map<String, String> unreadableNumbers() {
        Map<String, String> errors = new LinkedHashMap<>();
        whole(errors, "session", session);
        whole(errors, "capacity", capacity);
        whole(errors, "feeYen", feeYen);
        if ("year".equals(when)) {
            whole(errors, "undatedFiscalYear", undatedFiscalYear);
        }
        decimal(errors, "latitude", latitude);
        decimal(errors, "longitude", longitude);
        if (blank(feeYen) && !blank(feeDetail)) {
            errors.put("feeYen", "the fee in yen is needed with its details (0 when free)");
        }
        return errors;
    }

    /** The {@code details} the API takes, from what was typed: a blank field is left out. */
    Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        put(details, "title", title);
        put(details, "titleEn", titleEn);
        put(details, "kind", kind);
        put(details, "description", description);
        Map<String, Object> venue = new LinkedHashMap<>();
        put(venue, "name", venueName);
        put(venue, "address", venueAddress);
        put(venue, "latitude", blank(latitude) ? null : Double.valueOf(latitude.strip()));
        put(venue, "longitude", blank(longitude) ? null : Double.valueOf(longitude.strip()));
        put(venue, "access", venueAccess);
        details.put("venue", venue);
        Map<String, Object> schedule = new LinkedHashMap<>();
        switch (when) {
            case "month" -> {
                put(schedule, "tentativeMonth", tentativeMonth);
                put(schedule, "startTime", startTime);
                put(schedule, "endTime", endTime);
            }
            case "year" -> put(schedule, "undatedFiscalYear", blank(undatedFiscalYear) ? null : Integer.valueOf(undatedFiscalYear.strip()));
            default -> {
                put(schedule, "date", date);
                put(schedule, "endDate", endDate);
                put(schedule, "startTime", startTime);
                put(schedule, "endTime", endTime);
            }
        }
        details.put("schedule", schedule);
        put(details, "capacity", blank(capacity) ? null : Integer.valueOf(capacity.strip()));
        if (!blank(feeYen)) {
            Map<String, Object> fee = new LinkedHashMap<>();
            fee.put("basicYen", Integer.valueOf(feeYen.strip()));
            put(fee, "detail", feeDetail);
            details.put("fee", fee);
        }
        Map<String, Object> registration = new LinkedHashMap<>();
        registration.put("required", registrationRequired);
        if (registrationRequired) {
            put(registration, "opensAt", opensAt);
            put(registration, "deadline", deadline);
            put(registration, "deadlineTime", deadline == null || blank(deadline) ? null : deadlineTime);
            put(registration, "method", method);
        }
        details.put("registration", registration);
        put(details, "eligibility", eligibility);
        details.put("eligibilityDeclarationRequired", declarationRequired);
        Map<String, Object> contact = new LinkedHashMap<>();
        put(contact, "name", contactName);
        put(contact, "phone", contactPhone);
        put(contact, "email", contactEmail);
        if (!contact.isEmpty()) {
            details.put("contact", contact);
        }
        List<String> named = districts == null ? List.of()
                : Arrays.stream(districts.split("[、,，\\s]+")).map(String::strip).filter(d -> !d.isEmpty()).toList();
        if (!named.isEmpty()) {
            details.put("districts", named);
        }
        put(details, "projectCode", projectCode);
        put(details, "url", url);
        if (!blank(entryOpensOn) || !blank(entryClosesOn)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "opensOn", entryOpensOn);
            put(entry, "closesOn", entryClosesOn);
            details.put("entryPeriod", entry);
        }
        return details;
    }

    /**
     * The input of a field the API names by its place in the body ({@code details.venue.name}, {@code session},
     * {@code details.districts[2]}): its own input, else the nearest one of the part it belongs to.
     */
    static String inputOf(String field) {
        String path = field.replaceAll("\\[\\d+]", "");
        while (true) {
            String input = INPUTS.get(path);
            if (input != null) {
                return input;
            }
            int dot = path.lastIndexOf('.');
            if (dot < 0) {
                return "title";
            }
            path = path.substring(0, dot);
        }
    }

    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("organizerId", "organizerId"), Map.entry("seriesId", "seriesId"), Map.entry("session", "session"),
            Map.entry("details", "title"), Map.entry("details.title", "title"), Map.entry("details.titleEn", "titleEn"),
            Map.entry("details.kind", "kind"), Map.entry("details.description", "description"),
            Map.entry("details.venue", "venueName"), Map.entry("details.venue.name", "venueName"),
            Map.entry("details.venue.address", "venueAddress"), Map.entry("details.venue.access", "venueAccess"),
            Map.entry("details.venue.latitude", "latitude"), Map.entry("details.venue.longitude", "longitude"),
            Map.entry("details.schedule", "date"), Map.entry("details.schedule.date", "date"),
            Map.entry("details.schedule.endDate", "endDate"), Map.entry("details.schedule.startTime", "startTime"),
            Map.entry("details.schedule.endTime", "endTime"), Map.entry("details.schedule.tentativeMonth", "tentativeMonth"),
            Map.entry("details.schedule.undatedFiscalYear", "undatedFiscalYear"), Map.entry("details.capacity", "capacity"),
            Map.entry("details.fee", "feeYen"), Map.entry("details.fee.basicYen", "feeYen"),
            Map.entry("details.fee.detail", "feeDetail"), Map.entry("details.registration", "deadline"),
            Map.entry("details.registration.opensAt", "opensAt"), Map.entry("details.registration.deadline", "deadline"),
            Map.entry("details.registration.deadlineTime", "deadlineTime"),
            Map.entry("details.registration.method", "method"), Map.entry("details.eligibility", "eligibility"),
            Map.entry("details.eligibilityDeclarationRequired", "declarationRequired"),
            Map.entry("details.contact", "contactName"), Map.entry("details.contact.name", "contactName"),
            Map.entry("details.contact.phone", "contactPhone"), Map.entry("details.contact.email", "contactEmail"),
            Map.entry("details.districts", "districts"), Map.entry("details.projectCode", "projectCode"),
            Map.entry("details.url", "url"), Map.entry("details.entryPeriod", "entryOpensOn"),
            Map.entry("details.entryPeriod.opensOn", "entryOpensOn"), Map.entry("details.entryPeriod.closesOn", "entryClosesOn"));

    public boolean isKind(String value) {
        return value.equals(kind);
    }

    private static void whole(Map<String, String> errors, String input, String value) {
        if (!blank(value) && !WHOLE.matcher(value.strip()).matches()) {
            errors.put(input, "must be a whole number such as 30");
        }
    }

    private static void decimal(Map<String, String> errors, String input, String value) {
        if (!blank(value) && !DECIMAL.matcher(value.strip()).matches()) {
            errors.put(input, "must be degrees such as 37.4948");
        }
    }

    private static void put(Map<String, Object> into, String name, Object value) {
        if (value instanceof String text) {
            if (!text.isBlank()) {
                into.put(name, text);
            }
        } else if (value != null) {
            into.put(name, value);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
