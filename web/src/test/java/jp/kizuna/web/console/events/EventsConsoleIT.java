package jp.kizuna.web.console.events;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The events console in front of a fake API: the events a person manages a page at a time (city staff all, an
 * officer their organization's), drafting, editing at the version read (a change meanwhile shows the current values
 * and keeps what was typed), publishing (an untrusted partner's goes to moderation and the page says so),
 * cancelling, the series and the trusted publishers.
 */
class EventsConsoleIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final FakeIssuer.Person MINATO_PARTNER = FakeIssuer.Person.of("minato", "partner-minato", "湊 健一", "partner");
    static final FakeIssuer.Person IKKI_OFFICER = FakeIssuer.Person.officer("officer-ikki", "滝沢 みどり", "ikki");
    static final FakeIssuer.Person NO_ORGANIZATION = new FakeIssuer.Person("officer-none", "所属 なし", List.of("org-admin"), null);

    static final String WORKSHOP = Fixtures.json("events/ikki-workshop-2024-1.json");
    /** A draft of みんなと湊 (a partner the city does not trust yet), at version 3. */
    static final String MINATO_DRAFT = WORKSHOP.replace("\"id\": \"ikki-workshop-2024-1\"", "\"id\": \"minato-beach\"")
            .replace("\"status\": \"PUBLISHED\"", "\"status\": \"DRAFT\"")
            .replace("\"id\": \"ikki\",\n    \"name\": \"一箕地区ひとみ創造ネットワーク\"", "\"id\": \"minato\",\n    \"name\": \"NPO法人みんなと湊まちづくりネットワーク\"")
            .replace("\"seriesId\": \"ikki-machizukuri-workshop-2024\"", "\"seriesId\": null").replace("\"session\": 1", "\"session\": null")
            .replace("一箕地区まちづくりワークショップ 第1回", "湊の浜 そうじ会");
    static final String SERIES = """
            {"id": "minato-walks", "organizerId": "minato", "organizerName": "NPO法人みんなと湊まちづくりネットワーク",
             "title": "湊 まち歩き", "titleEn": null, "description": "全3回", "version": 0}""";
    static final String IKKI_SERIES = """
            {"id": "ikki-machizukuri-workshop-2024", "organizerId": "ikki", "organizerName": "一箕地区ひとみ創造ネットワーク",
             "title": "一箕地区まちづくりワークショップ", "titleEn": null, "description": null, "version": 4}""";

    @BeforeEach
    void aPartnersDraft() {
        API.on("GET", "/api/events", json(Fixtures.page(0, 20, 41, MINATO_DRAFT, WORKSHOP)));
        API.on("GET", "/api/events/minato-beach", json(MINATO_DRAFT).withHeader("ETag", "\"3\""));
        API.on("GET", "/api/events/ikki-workshop-2024-1", json(WORKSHOP).withHeader("ETag", "\"7\""));
        API.on("GET", "/api/events/series", json("[" + SERIES + "," + IKKI_SERIES + "]"));
    }

    // the list

    @Test
    void staffListEveryEventTheyManageAPageAtATimeInTheOrderTheApiSorts() {
        API.on("GET", "/api/events", json(Fixtures.page(1, 20, 41, MINATO_DRAFT, WORKSHOP)));

        Page list = browser.signIn(ISSUER, STAFF, "/console/events?order=desc&page=1&status=DRAFT");

        assertThat(list.status()).isEqualTo(200);
        Call asked = API.lastCall("GET", "/api/events");
        assertThat(asked.query("status")).isEqualTo("DRAFT");
        assertThat(asked.query("order")).isEqualTo("desc");
        assertThat(asked.query("page")).isEqualTo("1");
        assertThat(asked.query("size")).isEqualTo("20");
        assertThat(asked.query("organizerId")).isNull();
        assertThat(list.document().select("#events-table caption").text()).isEqualTo("イベント 41 件（日付の遅い順）");
        assertThat(list.document().select("#event-minato-beach").text()).contains("湊の浜 そうじ会", "下書き");
        assertThat(list.document().select("#event-minato-beach a[href=/console/events/minato-beach/edit]")).isNotEmpty();
        assertThat(list.document().select("#event-ikki-workshop-2024-1 a[href=/console/events/ikki-workshop-2024-1/check-in]")).hasSize(1);
        assertThat(list.document().select("#event-minato-beach a[href$=/check-in]")).isEmpty();
        assertThat(list.document().select("nav.pager a").eachAttr("href"))
                .containsExactly("/console/events?q=&status=DRAFT&organizer=&order=desc&page=0",
                        "/console/events?q=&status=DRAFT&organizer=&order=desc&page=2");
    }

    @Test
    void everyStatusIsListedWhenNoneIsChosen() {
        browser.signIn(ISSUER, STAFF, "/console/events");

        assertThat(API.lastCall("GET", "/api/events").query("status")).isEqualTo("DRAFT,AWAITING_MODERATION,PUBLISHED,CANCELLED,FINISHED");
    }

    @Test
    void anOfficerListsOnlyTheirOwnOrganizationsEventsWhateverTheAddressSays() {
        Page list = browser.signIn(ISSUER, IKKI_OFFICER, "/console/events?organizer=minato");

        assertThat(list.status()).isEqualTo(200);
        assertThat(API.lastCall("GET", "/api/events").query("organizerId")).isEqualTo("ikki");
        assertThat(list.document().select("#organizer")).isEmpty();
        assertThat(list.document().select("a[href=/console/events/publishers]")).isEmpty();
    }

    @Test
    void anOfficerOfNoOrganizationIsToldWhyInsteadOfAList() {
        Page list = browser.signIn(ISSUER, NO_ORGANIZATION, "/console/events");

        assertThat(list.status()).isEqualTo(403);
        assertThat(list.mainText()).contains("どの団体の担当にもなっていない");
        assertThat(API.calls("GET", "/api/events")).isEmpty();
    }

    // drafting

    @Test
    void aPartnerDraftsAnEventForTheirOrganizationAndSeesItAfterARedirect() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/new");
        assertThat(form.document().select("#seriesId option").eachAttr("value")).containsExactly("", "minato-walks");
        API.on("POST", "/api/events", FakePublicApi.Answer.created(MINATO_DRAFT).withHeader("ETag", "\"0\""));

        Map<String, String> typed = new LinkedHashMap<>(Map.of("organizerId", "ikki", "title", "湊の浜 そうじ会", "kind", "CLEANUP",
                "venueName", "湊公民館", "when", "date", "date", "2024-06-30", "startTime", "09:00", "endTime", "11:00",
                "capacity", "30", "registrationRequired", "true"));
        typed.putAll(Map.of("deadline", "2024-06-28", "feeYen", "0", "districts", "湊、赤井", "contactPhone", "0242-00-0000"));
        Page saved = browser.submit(form, "form[action='/console/events/new']", typed);

        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/console/events/minato-beach/edit");
        String sent = API.lastCall("POST", "/api/events").body();
        assertThat(sent).contains("\"organizerId\":\"minato\"", "\"title\":\"湊の浜 そうじ会\"", "\"kind\":\"CLEANUP\"",
                "\"venue\":{\"name\":\"湊公民館\"}", "\"schedule\":{\"date\":\"2024-06-30\",\"startTime\":\"09:00\",\"endTime\":\"11:00\"}",
                "\"capacity\":30", "\"fee\":{\"basicYen\":0}", "\"registration\":{\"required\":true,\"deadline\":\"2024-06-28\"}",
                "\"districts\":[\"湊\",\"赤井\"]", "\"contact\":{\"phone\":\"0242-00-0000\"}");
        assertThat(sent).doesNotContain("seriesId");
        Page shown = browser.followed(saved);
        assertThat(shown.document().select("#saved").text()).contains("下書きを保存しました");
        assertThat(shown.document().select("#publish button").text()).isEqualTo("公開する");
    }

    @Test
    void aRefusedDraftKeepsWhatWasTypedAndLinksEachFieldTheApiNamed() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/events/new");
        API.on("POST", "/api/events", problem(400, "validation-failed", "2 fields are invalid.", Map.of("errors", List.of(
                Map.of("field", "details.venue.name", "message", "must not be blank"),
                Map.of("field", "details.registration.deadline", "message", "the deadline is after the event starts")))));

        Page refused = browser.submit(form, "form[action='/console/events/new']", Map.of("title", "秋の収穫祭", "kind", "FESTIVAL",
                "when", "date", "date", "2024-10-05", "deadline", "2024-10-06", "registrationRequired", "true"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#venueName", "#deadline");
        assertThat(refused.document().select("#venueName").attr("aria-describedby")).isEqualTo("venueName-error");
        assertThat(refused.document().select("#venueName").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#deadline").attr("aria-describedby")).isEqualTo("deadline-hint deadline-error");
        assertThat(refused.document().select("#deadline-error").text()).contains("the deadline is after the event starts");
        assertThat(refused.document().select("#title").val()).isEqualTo("秋の収穫祭");
        assertThat(refused.document().select("#deadline").val()).isEqualTo("2024-10-06");
        assertThat(refused.document().select("#kind option[selected]").val()).isEqualTo("FESTIVAL");
    }

    @Test
    void aNumberThatIsNoneIsToldAtItsFieldWithoutAskingTheApi() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/events/new");

        Page refused = browser.submit(form, "form[action='/console/events/new']", Map.of("title", "説明会", "venueName", "市役所",
                "date", "2024-07-01", "capacity", "三十"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#capacity");
        assertThat(refused.document().select("#capacity").val()).isEqualTo("三十");
        assertThat(API.calls("POST", "/api/events")).isEmpty();
    }

    // editing

    @Test
    void anEditSendsTheVersionItReadAndSaysItWasSaved() {
        Page edit = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/minato-beach/edit");
        assertThat(edit.document().select("#title").val()).isEqualTo("湊の浜 そうじ会");
        assertThat(edit.document().select("#capacity").val()).isEqualTo("30");
        assertThat(edit.document().select("#deadline").val()).isEqualTo("2024-06-19");
        API.on("PUT", "/api/events/minato-beach", json(MINATO_DRAFT).withHeader("ETag", "\"4\""));

        Page saved = browser.followed(browser.submit(edit, "form[action$='/minato-beach/edit']", Map.of("title", "湊の浜 そうじ会（雨天決行）",
                "kind", "CLEANUP", "venueName", "湊公民館", "date", "2024-06-21", "capacity", "40")));

        Call sent = API.lastCall("PUT", "/api/events/minato-beach");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).contains("\"title\":\"湊の浜 そうじ会（雨天決行）\"", "\"capacity\":40");
        assertThat(saved.document().select("#saved").text()).isEqualTo("変更を保存しました。");
    }

    @Test
    void aChangeSomeoneMadeMeanwhileShowsTheCurrentValuesBesideWhatWasTyped() {
        Page edit = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/minato-beach/edit");
        API.on("PUT", "/api/events/minato-beach", problem(412, "precondition-failed", "The event is at version 5, not 3."));
        API.on("GET", "/api/events/minato-beach", json(MINATO_DRAFT.replace("湊の浜 そうじ会", "湊の浜 そうじ会（会場変更）"))
                .withHeader("ETag", "\"5\""));

        Page conflict = browser.submit(edit, "form[action$='/minato-beach/edit']", Map.of("title", "わたしの入力", "kind", "CLEANUP",
                "venueName", "湊公民館", "date", "2024-06-21"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#form-problem h2").text()).isEqualTo("ほかの人が先に変更しました");
        assertThat(conflict.document().select("#current-values").text()).contains("湊の浜 そうじ会（会場変更）");
        assertThat(conflict.document().select("#title").val()).isEqualTo("わたしの入力");
        assertThat(conflict.document().select("form[action$='/minato-beach/edit'] input[name=version]").val()).isEqualTo("\"5\"");
    }

    @Test
    void anOfficerIsRefusedAnotherOrganizationsEventBeforeAnyChange() {
        Page edit = browser.signIn(ISSUER, IKKI_OFFICER, "/console/events/minato-beach/edit");

        assertThat(edit.status()).isEqualTo(403);
        assertThat(edit.mainText()).contains("ほかの団体のイベントは管理できません");
        Page post = browser.post("/console/events/minato-beach/publication", Map.of("version", "\"3\""));
        assertThat(post.status()).isEqualTo(403);
        assertThat(API.calls("POST", "/api/events/minato-beach/publication")).isEmpty();
    }

    @Test
    void anOfficerOpeningAnotherOrganizationsRosterGetsTheApisRefusalInWords() {
        API.on("GET", "/api/events/minato-beach/registrations", problem(403, "forbidden", "Only who manages the event reads its roster."));

        Page roster = browser.signIn(ISSUER, IKKI_OFFICER, "/console/events/minato-beach");

        assertThat(roster.status()).isEqualTo(403);
        assertThat(roster.mainText()).contains("この操作を行う権限がありません。");
        assertThat(roster.document().select("#desk-sign-up")).isEmpty();
    }

    // publishing and cancelling

    @Test
    void publishingAnUntrustedPartnersEventSaysItWaitsForTheCity() {
        Page edit = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/minato-beach/edit");
        String awaiting = MINATO_DRAFT.replace("\"status\": \"DRAFT\"", "\"status\": \"AWAITING_MODERATION\"");
        API.on("POST", "/api/events/minato-beach/publication", json(awaiting).withHeader("ETag", "\"4\""));

        Page answer = browser.submit(edit, "#publish", Map.of());
        API.on("GET", "/api/events/minato-beach", json(awaiting).withHeader("ETag", "\"4\""));
        Page after = browser.followed(answer);

        assertThat(API.lastCall("POST", "/api/events/minato-beach/publication").header("If-Match")).isEqualTo("\"3\"");
        assertThat(after.document().select("#saved").text()).contains("審査待ち");
        assertThat(after.document().select("#moderation-state").text()).contains("市の審査待ちです");
        assertThat(after.document().select("#event-state .tag").text()).isEqualTo("審査待ち");
        assertThat(after.document().select("#publish")).isEmpty();
    }

    @Test
    void aCancellationThatIsRefusedKeepsItsReasonAndSaysWhy() {
        Page edit = browser.signIn(ISSUER, STAFF, "/console/events/minato-beach/edit");
        API.on("POST", "/api/events/minato-beach/cancellation", problem(412, "precondition-failed", "The event is at version 4, not 3."));

        Page after = browser.followed(browser.submit(edit, "#cancel", Map.of("reason", "台風のため")));

        assertThat(API.lastCall("POST", "/api/events/minato-beach/cancellation").body()).isEqualTo("{\"reason\":\"台風のため\"}");
        assertThat(after.document().select("#cancel-problem").text()).contains("ほかの人が先に変更しました");
        assertThat(after.document().select("#cancel-reason").text()).isEqualTo("台風のため");
        assertThat(after.document().select("#cancel-reason").attr("aria-describedby")).isEqualTo("cancel-problem");
    }

    // series

    @Test
    void anOfficerSeesOnlyTheirOrganizationsSeriesAndRenamesOneAtTheVersionRead() {
        API.on("GET", "/api/events/series/minato-walks", json("{\"series\": " + SERIES + ", \"sessions\": []}").withHeader("ETag", "\"0\""));
        Page list = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/series");
        assertThat(list.document().select("#series-table tbody tr").eachAttr("id")).containsExactly("series-minato-walks");

        Page edit = browser.open("/console/events/series/minato-walks/edit");
        assertThat(edit.document().select("#title").val()).isEqualTo("湊 まち歩き");
        API.on("PUT", "/api/events/series/minato-walks", json("{\"series\": " + SERIES + ", \"sessions\": []}").withHeader("ETag", "\"1\""));
        Page saved = browser.followed(browser.submit(edit, "form[action$='/minato-walks/edit']", Map.of("title", "湊 まち歩き（全3回）",
                "description", "どなたでも")));

        Call sent = API.lastCall("PUT", "/api/events/series/minato-walks");
        assertThat(sent.header("If-Match")).isEqualTo("\"0\"");
        assertThat(sent.body()).isEqualTo("{\"title\":\"湊 まち歩き（全3回）\",\"description\":\"どなたでも\"}");
        assertThat(saved.document().select("#saved").text()).isEqualTo("シリーズの変更を保存しました。");
    }

    @Test
    void aSeriesChangedMeanwhileShowsItsCurrentTitleAndKeepsWhatWasTyped() {
        API.on("GET", "/api/events/series/minato-walks", json("{\"series\": " + SERIES + ", \"sessions\": []}").withHeader("ETag", "\"0\""));
        Page edit = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/series/minato-walks/edit");
        API.on("PUT", "/api/events/series/minato-walks", problem(412, "precondition-failed", "The series is at version 1, not 0."));
        API.on("GET", "/api/events/series/minato-walks", json("{\"series\": " + SERIES.replace("湊 まち歩き", "湊 まち歩き 春") + ", \"sessions\": []}")
                .withHeader("ETag", "\"1\""));

        Page conflict = browser.submit(edit, "form[action$='/minato-walks/edit']", Map.of("title", "わたしの題"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(conflict.document().select("#current-values").text()).contains("湊 まち歩き 春");
        assertThat(conflict.document().select("#title").val()).isEqualTo("わたしの題");
        assertThat(conflict.document().select("input[name=version]").val()).isEqualTo("\"1\"");
    }

    @Test
    void aNewSeriesIsTheOfficersOrganizationsAndARefusalIsLinkedToItsField() {
        Page form = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/series/new");
        API.on("POST", "/api/events/series", problem(400, "validation-failed", "title: must not be blank",
                Map.of("errors", List.of(Map.of("field", "title", "message", "must not be blank")))));

        Page refused = browser.submit(form, "form[action='/console/events/series/new']", Map.of("organizerId", "ikki", "title", " ",
                "description", "全3回"));

        assertThat(API.lastCall("POST", "/api/events/series").body()).contains("\"organizerId\":\"minato\"");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#title");
        assertThat(refused.document().select("#title").attr("aria-describedby")).isEqualTo("title-error");
        assertThat(refused.document().select("#description").text()).isEqualTo("全3回");
    }

    // trusted publishers

    @Test
    void staffTrustAPartnerAndSeeTheDecision() {
        API.on("GET", "/api/events/publishers", json("""
                [{"organizationId": "kawahigashi", "trusted": true, "note": "協定締結済み", "decidedBy": "staff-1", "decidedByName": "鈴木 誠"}]"""));
        Page page = browser.signIn(ISSUER, STAFF, "/console/events/publishers");
        assertThat(page.document().select("#publisher-kawahigashi").text()).contains("信頼済み", "協定締結済み", "鈴木 誠");
        API.on("PUT", "/api/events/publishers/minato", json("""
                {"organizationId": "minato", "trusted": true, "note": "協定を結んだ", "decidedBy": "staff-suzuki"}"""));

        Page after = browser.followed(browser.submit(page, "#decide", Map.of("organizationId", "minato", "trusted", "true", "note", "協定を結んだ")));

        assertThat(API.lastCall("PUT", "/api/events/publishers/minato").body()).isEqualTo("{\"trusted\":true,\"note\":\"協定を結んだ\"}");
        assertThat(after.document().select("main [role=status]").text()).contains("minato を信頼済みにしました");
    }

    @Test
    void onlyCityStaffSeeTheTrustedPublishers() {
        Page page = browser.signIn(ISSUER, MINATO_PARTNER, "/console/events/publishers");
        Page post = browser.post("/console/events/publishers", Map.of("organizationId", "minato", "trusted", "true"));

        assertThat(page.status()).isEqualTo(403);
        assertThat(page.mainText()).contains("市の担当者のためのもの");
        assertThat(post.status()).isEqualTo(403);
        assertThat(API.calls("GET", "/api/events/publishers")).isEmpty();
        assertThat(API.calls("PUT", "/api/events/publishers/minato")).isEmpty();
    }

    // the dashboard

    @Test
    void theDashboardCountsAnOfficersUnpublishedEventsAndLinksToTheEventPages() {
        Page console = browser.signIn(ISSUER, MINATO_PARTNER, "/console");

        assertThat(console.status()).isEqualTo(200);
        Call counted = API.calls("GET", "/api/events").stream().filter(call -> "1".equals(call.query("size"))).findFirst()
                .orElseThrow(() -> new AssertionError("no count of the unpublished events: " + API.calls()));
        assertThat(counted.query("status")).isEqualTo("DRAFT,AWAITING_MODERATION");
        assertThat(counted.query("organizerId")).isEqualTo("minato");
        assertThat(console.document().select("#events-desk p").first().text()).contains("41 件");
        assertThat(console.document().select("#events-desk a").eachAttr("href"))
                .containsExactly("/console/events", "/console/events/new", "/console/events/series");
    }
}
