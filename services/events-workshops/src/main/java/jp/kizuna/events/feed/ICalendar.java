package jp.kizuna.events.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jp.kizuna.events.event.CommunityEvent;
import jp.kizuna.events.event.EventDetails;
import jp.kizuna.events.event.EventStatus;
import jp.kizuna.events.event.Schedule;
import jp.kizuna.events.event.Venue;

/**
 * Events as an iCalendar (RFC 5545) feed that calendar programs subscribe to: one VEVENT per dated
 * event with a UID that never changes, SEQUENCE from the event's revision, local times in the
 * Asia/Tokyo zone defined in the feed, LOCATION and GEO, a URL back to the event, and STATUS
 * CANCELLED for cancelled ones. Events whose day is not decided have no place in a calendar yet
 * and are left out until it is. Lines are folded at 75 octets without splitting a character.
 */
final class ICalendar {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final String UID_DOMAIN = "events.kizuna.city.aizuwakamatsu.jp";

    private ICalendar() {
    }

    static String write(String calendarName, List<CommunityEvent> events, String eventBaseUrl, Instant now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Kizuna//Aizuwakamatsu community events//JA");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(calendarName));
        line(ics, "X-WR-TIMEZONE:Asia/Tokyo");
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:Asia/Tokyo");
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0900");
        line(ics, "TZOFFSETTO:+0900");
        line(ics, "TZNAME:JST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        for (CommunityEvent event : events) {
            if (event.details().schedule().dated()) {
                vevent(ics, event, eventBaseUrl, now);
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void vevent(StringBuilder ics, CommunityEvent event, String eventBaseUrl, Instant now) {
        EventDetails d = event.details();
        Schedule s = d.schedule();
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:" + event.id() + "@" + UID_DOMAIN);
        line(ics, "DTSTAMP:" + UTC.format(event.updatedAt() == null ? now : event.updatedAt()));
        if (s.allDay()) {
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(s.date()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(s.lastDay().plusDays(1)));
        } else {
            line(ics, "DTSTART;TZID=Asia/Tokyo:" + LOCAL.format(s.start().orElseThrow().toLocalDateTime()));
            line(ics, "DTEND;TZID=Asia/Tokyo:" + LOCAL.format(s.end().orElseThrow().toLocalDateTime()));
        }
        line(ics, "SEQUENCE:" + event.revision());
        line(ics, "SUMMARY:" + text(d.title()));
        if (d.description() != null && !d.description().isBlank()) {
            line(ics, "DESCRIPTION:" + text(d.description()));
        }
        Venue v = d.venue();
        line(ics, "LOCATION:" + text(v.address() == null || v.address().isBlank() ? v.name() : v.name() + ", " + v.address()));
        if (v.latitude() != null && v.longitude() != null) {
            line(ics, "GEO:" + v.latitude() + ";" + v.longitude());
        }
        line(ics, "CATEGORIES:" + text(d.kind().label()));
        line(ics, "ORGANIZER;CN=" + param(event.organizerName()) + ":" + organizerUri(d));
        line(ics, "URL:" + eventBaseUrl + event.id());
        line(ics, "STATUS:" + (event.status() == EventStatus.CANCELLED ? "CANCELLED" : "CONFIRMED"));
        line(ics, "TRANSP:OPAQUE");
        line(ics, "END:VEVENT");
    }

    private static String organizerUri(EventDetails d) {
        if (d.contact() != null && d.contact().email() != null && !d.contact().email().isBlank()) {
            return "mailto:" + d.contact().email();
        }
        return "mailto:noreply@" + UID_DOMAIN;
    }

    /**
     * TEXT values escape backslash, semicolon, comma and line breaks (RFC 5545 3.3.11) and carry no
     * control character (RFC 5545 allows none in TEXT but the tab): any other C0 or C1 control, and
     * the line and paragraph separators U+2028/U+2029, become a space.
     */
    static String text(String value) {
        return withoutControls(value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"));
    }

    /** A parameter value is quoted; it cannot hold a double quote or a control (RFC 5545 3.2). */
    private static String param(String value) {
        return "\"" + withoutControls(value.replace("\"", "'").replace('\t', ' ')) + "\"";
    }

    private static String withoutControls(String value) {
        StringBuilder clean = new StringBuilder(value.length());
        value.chars().forEach(c -> clean.append(
                (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 ? ' ' : (char) c));
        return clean.toString();
    }

    /** Writes one content line, folded at 75 octets of UTF-8 without splitting a character, ending CRLF. */
    static void line(StringBuilder ics, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + width > 75) {
                ics.append("\r\n ");
                octets = 1;
            }
            ics.appendCodePoint(codePoint);
            octets += width;
            i += Character.charCount(codePoint);
        }
        ics.append("\r\n");
    }
}
