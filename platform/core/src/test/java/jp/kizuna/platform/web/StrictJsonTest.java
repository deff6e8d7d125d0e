package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jp.kizuna.platform.text.MultiLineText;
import org.junit.jupiter.api.Test;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    enum Kind { WORKSHOP, FESTIVAL }

    record Draft(String title, Integer capacity, Integer seats, Boolean open, BigDecimal value, Kind kind, LocalDate on,
                 List<String> districts, @MultiLineText String description) {
    }

    record Moments(LocalDate day, java.time.LocalDateTime at, java.time.OffsetDateTime offset, java.time.Instant instant,
                   java.time.LocalTime time, java.time.YearMonth month) {
    }

    private final JsonMapper strict = StrictJson.forRequests(JsonMapper.builder().build());

    @Test
    void readsAWellFormedBody() {
        Draft draft = strict.readValue("""
                {"title": "ワークショップ", "capacity": 30, "seats": 2, "open": true, "value": 35, "kind": "WORKSHOP",
                 "on": "2024-06-21", "districts": ["一箕"], "description": "一行目\\r\\n二行目"}""", Draft.class);
        assertThat(draft.title()).isEqualTo("ワークショップ");
        assertThat(draft.value()).isEqualByComparingTo("35");
        assertThat(draft.description()).isEqualTo("一行目\n二行目");
    }

    @Test
    void readsDaysAndTimesAsTheApiDocumentsWriteThem() {
        Moments moments = strict.readValue("""
                {"day": "2024-06-21", "at": "2024-06-21T18:30", "offset": "2024-06-21T18:30:00+09:00",
                 "instant": "2027-03-31T14:59:59Z", "time": "09:30", "month": "2024-06"}""", Moments.class);
        assertThat(moments.day()).isEqualTo(LocalDate.of(2024, 6, 21));
        assertThat(moments.at()).hasHour(18);
        assertThat(moments.offset().toInstant()).isEqualTo(java.time.Instant.parse("2024-06-21T09:30:00Z"));
        assertThat(moments.month()).hasToString("2024-06");
    }

    @Test
    void refusesADayOrTimeWithAControlCharacterOrSpacesAroundIt() {
        for (String body : new String[] {"{\"day\": \"2024-06-21\\u0000\"}", "{\"day\": \"\\u00002024-06-21\"}",
                "{\"day\": \" 2024-06-21\"}", "{\"time\": \"09:30\\t\"}", "{\"month\": \"2024-06\\n\"}",
                "{\"instant\": \"2027-03-31T14:59:59Z\\u200b\"}"}) {
            assertThatThrownBy(() -> strict.readValue(body, Moments.class)).as(body)
                    .isInstanceOf(InvalidFormatException.class)
                    .hasMessageContainingAll("must ", "[\"" + body.substring(2, body.indexOf('"', 2)) + "\"]");
        }
    }

    @Test
    void refusesADateAndTimeWhereADayIsExpected() {
        assertThatThrownBy(() -> strict.readValue("{\"day\": \"2024-06-21T18:30:00\"}", Moments.class))
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> strict.readValue("{\"day\": \"2024-06-21T00:00:00Z\"}", Moments.class))
                .isInstanceOf(InvalidFormatException.class);
    }

    @Test
    void refusesADuplicateKey() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\", \"title\": \"b\"}", Draft.class))
                .isInstanceOf(StreamReadException.class).hasMessageContaining("Duplicate Object property \"title\"");
    }

    @Test
    void refusesAFractionForAWholeNumber() {
        assertThatThrownBy(() -> strict.readValue("{\"capacity\": 1.5}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"seats\": 1.0}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesANumberOrBooleanForAText() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": 12345}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"title\": true}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"districts\": [1]}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesATextForANumberOrABoolean() {
        assertThatThrownBy(() -> strict.readValue("{\"capacity\": \"12\"}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"value\": \"3.5\"}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"open\": \"true\"}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"open\": 1}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"capacity\": \"\"}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesANumberForAnEnumOrADay() {
        assertThatThrownBy(() -> strict.readValue("{\"kind\": 1}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> strict.readValue("{\"on\": 19000}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void refusesAnythingAfterTheBody() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\"} {\"title\": \"b\"}", Draft.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    @Test
    void putsEveryTextThroughTheTextPolicy() {
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"a\\u202Eb\"}", Draft.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("bidirectional");
        assertThatThrownBy(() -> strict.readValue("{\"title\": \"一行目\\n二行目\"}", Draft.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("single line");
        assertThatThrownBy(() -> strict.readValue("{\"districts\": [\"\\u200B\"]}", Draft.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("invisible");
        assertThatThrownBy(() -> strict.readValue("{\"description\": \"a\\u0000\"}", Draft.class))
                .isInstanceOf(InvalidFormatException.class).hasMessageContaining("U+0000");
        assertThat(strict.readValue("{\"title\": \"Cafe\\u0301\"}", Draft.class).title()).isEqualTo("Café");
    }
}
