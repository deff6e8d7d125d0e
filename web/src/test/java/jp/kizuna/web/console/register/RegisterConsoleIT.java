package jp.kizuna.web.console.register;

import static jp.kizuna.web.support.FakePublicApi.Answer.created;
import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register in the console, in front of a fake API: city staff find organizations a page at a time, register
 * one, and change its name, registration, profile, activities, links and stage, each naming the version it read;
 * a refusal is told by the field and keeps what was typed; a change meanwhile shows the current values. An
 * organization's officers edit their own organization's profile, activities and links, nothing else.
 */
class RegisterConsoleIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final FakeIssuer.Person MINATO_OFFICER = FakeIssuer.Person.officer("officer-minato", "湊 太郎", "minato");
    static final String MINATO = Fixtures.json("registry/organization-minato.json");
    static final String ORGANIZATION = "/api/registry/organizations/minato";

    @BeforeEach
    void theRegister() {
        API.on("GET", "/api/registry/organizations", json(Fixtures.json("registry/organizations-minato-search.json")));
        API.on("GET", "/api/registry/districts", json(Fixtures.json("registry/districts.json")));
        API.on("GET", ORGANIZATION, json(MINATO).withHeader("ETag", "\"3\""));
    }

    @Test
    void staffFindOrganizationsAPageAtATimeWithTheFiltersTheyChose() {
        Page register = browser.signIn(ISSUER, STAFF,
                "/console/register?q=%E3%81%BF%E3%81%AA%E3%81%A8&kind=REGIONAL_MANAGEMENT_ORGANIZATION&district=%E6%B9%8A&stage=STEP_4&status=ACTIVE&page=2");

        assertThat(register.status()).isEqualTo(200);
        Call asked = API.lastCall("GET", "/api/registry/organizations");
        assertThat(asked.query("q")).isEqualTo("みなと");
        assertThat(asked.query("kind")).isEqualTo("REGIONAL_MANAGEMENT_ORGANIZATION");
        assertThat(asked.query("district")).isEqualTo("湊");
        assertThat(asked.query("stage")).isEqualTo("STEP_4");
        assertThat(asked.query("status")).isEqualTo("ACTIVE");
        assertThat(asked.query("page")).isEqualTo("2");
        assertThat(asked.query("size")).isEqualTo("50");
        assertThat(asked.header("Authorization")).isEqualTo("Bearer " + ISSUER.lastIssuedTo(STAFF).accessToken());
        assertThat(register.document().select("#register-table caption").text()).isEqualTo("団体 1 件（よみがなの順）");
        assertThat(register.document().select("#register-table tbody th[scope=row] a").attr("href")).isEqualTo("/console/register/minato");
        assertThat(register.document().select("#register-table tbody tr").text()).contains("みんなと湊まちづくりネットワーク", "地域運営組織", "湊");
        assertThat(register.document().select("#district option[selected]").text()).isEqualTo("湊");
    }

    @Test
    void theRegisterSaysHowManyActiveOrganizationsTheKpiCountsNow() {
        API.on("GET", "/api/kpi/indicators/active-community-organizations/live", json("""
                {"indicator": "active-community-organizations", "name": "地域づくり活動組織数", "unit": "団体",
                 "fiscalYear": {"year": 2024, "label": "FY2024", "japaneseLabel": "令和6年度"}, "value": 9.0000,
                 "state": "PROVISIONAL", "source": "DERIVED"}"""));

        Page register = browser.signIn(ISSUER, STAFF, "/console/register");

        assertThat(register.document().select("#organizations-kpi").text()).isEqualTo("地域づくり活動組織数（令和6年度、登録簿から算出）: 9団体");
    }

    @Test
    void theRegisterIsShownWithoutTheKpiWhenTheKpiServiceDoesNotSay() {
        Page register = browser.signIn(ISSUER, STAFF, "/console/register");

        assertThat(register.status()).isEqualTo(200);
        assertThat(register.document().select("#organizations-kpi")).isEmpty();
    }

    @Test
    void aFilterTheRegistryDoesNotKnowIsNoFilter() {
        browser.signIn(ISSUER, STAFF, "/console/register?kind=CASTLE&status=maybe&page=-3");

        Call asked = API.lastCall("GET", "/api/registry/organizations");
        assertThat(asked.query("kind")).isNull();
        assertThat(asked.query("status")).isNull();
        assertThat(asked.query("page")).isEqualTo("0");
    }

    @Test
    void anOfficerIsRefusedTheRegisterTableInWords() {
        Page register = browser.signIn(ISSUER, MINATO_OFFICER, "/console/register");

        assertThat(register.status()).isEqualTo(403);
        assertThat(register.mainText()).contains("この画面は市の担当者だけが使えます");
        assertThat(API.calls("GET", "/api/registry/organizations")).isEmpty();
    }

    @Test
    void theRefusalIsAPageOfTheConsoleWithWhoIsSignedInAndTheOtherLanguage() {
        browser.signIn(ISSUER, MINATO_OFFICER, "/console");

        Page register = browser.get("/console/register?q=%E6%B9%8A");

        assertThat(register.status()).isEqualTo(403);
        assertThat(register.document().select(".signed-in-as").text()).contains("湊 太郎");
        assertThat(register.document().select(".site-nav a[href=/console]").attr("aria-current")).isEqualTo("page");
        assertThat(register.document().select("a[hreflang=en]").attr("href")).isEqualTo("/console/register?q=%E6%B9%8A&lang=en");

        Page english = browser.get("/console/register?lang=en");
        assertThat(english.status()).isEqualTo(403);
        assertThat(english.mainText()).contains("Only city staff use this page.");
    }

    @Test
    void staffRegisterAnOrganizationAndSeeIt() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/new");
        API.on("POST", "/api/registry/organizations", created(MINATO).withHeader("ETag", "\"0\""));

        Page registered = browser.submit(form, "#new-organization", Map.of("name", "みんなと湊まちづくりネットワーク",
                "nameKana", "みんなとみなと", "kind", "REGIONAL_MANAGEMENT_ORGANIZATION", "districts", "湊",
                "foundedOn", "2015-03", "legalForm", "VOLUNTARY_ASSOCIATION"));

        assertThat(registered.status()).isEqualTo(302);
        assertThat(registered.location()).endsWith("/console/register/minato");
        String sent = API.lastCall("POST", "/api/registry/organizations").body();
        assertThat(sent).contains("\"name\":\"みんなと湊まちづくりネットワーク\"", "\"nameKana\":\"みんなとみなと\"",
                "\"kind\":\"REGIONAL_MANAGEMENT_ORGANIZATION\"", "\"districts\":[\"湊\"]", "\"foundedOn\":\"2015-03\"",
                "\"legalForm\":\"VOLUNTARY_ASSOCIATION\"");
        assertThat(sent).doesNotContain("\"id\"", "\"nameEn\"", "\"incorporatedOn\"");
        Page shown = browser.followed(registered);
        assertThat(shown.document().select("main [role=status]").text()).isEqualTo("団体を登録しました。");
        assertThat(shown.document().select("h1").text()).isEqualTo("みんなと湊まちづくりネットワーク");
    }

    @Test
    void aRefusedRegistrationKeepsWhatWasTypedAndTellsItByTheField() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/new");
        API.on("POST", "/api/registry/organizations", problem(400, "validation-failed", "nameKana: must be written in hiragana or katakana",
                Map.of("errors", List.of(Map.of("field", "nameKana", "message", "must be written in hiragana or katakana")))));

        Page refused = browser.submit(form, "#new-organization", Map.of("name", "湊まちづくり", "nameKana", "Minato",
                "kind", "COMMUNITY_GROUP", "districts", "湊"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#name").val()).isEqualTo("湊まちづくり");
        assertThat(refused.document().select("#nameKana").val()).isEqualTo("Minato");
        assertThat(refused.document().select("#kind option[selected]").val()).isEqualTo("COMMUNITY_GROUP");
        assertThat(refused.document().select("#district-0").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("#form-problem").text()).contains("入力内容に誤りがあります");
        assertThat(refused.document().select("#form-problem a").attr("href")).isEqualTo("#nameKana");
        Element kana = refused.document().selectFirst("#nameKana");
        assertThat(kana.attr("aria-invalid")).isEqualTo("true");
        assertThat(kana.attr("aria-describedby")).isEqualTo("nameKana-hint nameKana-error");
        assertThat(refused.document().select("#nameKana-error").text()).contains("must be written in hiragana or katakana");
    }

    @Test
    void staffSeeAnOrganizationWithWhatTheyMayChange() {
        Page organization = browser.signIn(ISSUER, STAFF, "/console/register/minato");

        assertThat(organization.status()).isEqualTo(200);
        assertThat(organization.document().select("#name-title + dl").text()).contains("湊地区地域活性化協議会（令和元年度まで）");
        assertThat(organization.document().select("main a[href^=/console/register/minato/]").eachAttr("href"))
                .containsExactly("/console/register/minato/name", "/console/register/minato/registration",
                        "/console/register/minato/stage", "/console/register/minato/profile",
                        "/console/register/minato/activities", "/console/register/minato/links",
                        "/console/register/minato/vision", "/console/register/minato/facility",
                        "/console/register/minato/placements", "/console/register/minato/api-keys",
                        "/console/register/minato/dissolution");
    }

    @Test
    void aRenameKeepsTheOldNameFromTheDayGivenAndNamesTheVersionItRead() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/name");
        assertThat(form.document().select("#change-correction").hasAttr("checked")).isTrue();
        API.on("PUT", ORGANIZATION + "/name", json(MINATO).withHeader("ETag", "\"4\""));

        Page saved = browser.submit(form, "#edit-form", Map.of("name", "みなとまちネット", "nameKana", "みなとまちねっと",
                "change", "RENAME", "renamedOn", "2024-04"));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("PUT", ORGANIZATION + "/name");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).contains("\"name\":\"みなとまちネット\"", "\"renamedOn\":\"2024-04\"");
        assertThat(browser.followed(saved).document().select("main [role=status]").text()).isEqualTo("名称を保存しました。");
    }

    @Test
    void aCorrectionOfTheNameSendsNoDay() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/name");
        API.on("PUT", ORGANIZATION + "/name", json(MINATO).withHeader("ETag", "\"4\""));

        browser.submit(form, "#edit-form", Map.of("name", "みんなと湊まちづくりネットワーク", "nameKana", "みんなとみなと",
                "nameEn", "Minna-to-Minato Community Network", "change", "CORRECTION", "renamedOn", "2024-04"));

        assertThat(API.lastCall("PUT", ORGANIZATION + "/name").body()).isEqualTo("{\"name\":\"みんなと湊まちづくりネットワーク\","
                + "\"nameKana\":\"みんなとみなと\",\"nameEn\":\"Minna-to-Minato Community Network\"}");
    }

    @Test
    void aRenameWithoutItsDayIsNotSentForItWouldLoseTheOldName() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/name");

        Page refused = browser.submit(form, "#edit-form", Map.of("name", "みなとまちネット", "change", "RENAME", "renamedOn", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("PUT", ORGANIZATION + "/name")).isEmpty();
        assertThat(refused.document().select("#form-problem").text()).contains("改名した日を入力してください");
        assertThat(refused.document().select("#name").val()).isEqualTo("みなとまちネット");
        assertThat(refused.document().select("#change-rename").hasAttr("checked")).isTrue();
        assertThat(refused.document().select("#renamedOn").attr("aria-invalid")).isEqualTo("true");
    }

    @Test
    void theRegistrationIsSentWhole() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/registration");
        assertThat(form.document().select("#foundedOn").val()).isEqualTo("2015-03");
        API.on("PUT", ORGANIZATION + "/registration", json(MINATO).withHeader("ETag", "\"4\""));

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("kind", "REGIONAL_MANAGEMENT_ORGANIZATION");
        typed.put("districts", "一箕");
        typed.put("foundedOn", "2013-07");
        typed.put("legalForm", "NPO_CORPORATION");
        typed.put("incorporatedOn", "FY2019");
        browser.submit(form, "#edit-form", typed);

        Call sent = API.lastCall("PUT", ORGANIZATION + "/registration");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"kind\":\"REGIONAL_MANAGEMENT_ORGANIZATION\",\"districts\":[\"一箕\"],"
                + "\"foundedOn\":\"2013-07\",\"legalForm\":\"NPO_CORPORATION\",\"incorporatedOn\":\"FY2019\"}");
    }

    @Test
    void aProfileChangedMeanwhileShowsTheCurrentOneAndKeepsWhatWasTyped() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/profile");
        API.on("PUT", ORGANIZATION + "/profile", problem(412, "precondition-failed", "The organization is at version 4, not 3."));
        API.on("GET", ORGANIZATION, json(MINATO.replace("地域内交通(みなとバス)の運行", "湊の新しい紹介文"))
                .withHeader("ETag", "\"4\""));

        Page conflict = browser.submit(form, "#edit-form", Map.of("description", "わたしが書いた紹介", "contactPhone", "0242-00-0000"));

        assertThat(conflict.status()).isEqualTo(412);
        assertThat(API.lastCall("PUT", ORGANIZATION + "/profile").header("If-Match")).isEqualTo("\"3\"");
        assertThat(conflict.document().select("#form-problem h2").text()).isEqualTo("ほかの人が先に変更しました");
        assertThat(conflict.document().select("#current-values").text()).contains("湊の新しい紹介文");
        assertThat(conflict.document().select("#description").text()).isEqualTo("わたしが書いた紹介");
        assertThat(conflict.document().select("#contact-phone").val()).isEqualTo("0242-00-0000");
        assertThat(conflict.document().select("#edit-form input[name=version]").val()).isEqualTo("\"4\"");
    }

    @Test
    void aProfileKeepsItsOfficersAndMilestones() {
        String withOfficers = MINATO.replace("\"milestones\": []", """
                "officers": [{"position": "会長", "name": "湊 一郎", "termFrom": {"value": "FY2023", "japaneseLabel": "令和5年度"}}],
                "milestones": [{"on": {"value": "2020-04", "japaneseLabel": "令和2年4月"}, "description": "市と協定を締結"}]""");
        API.on("GET", ORGANIZATION, json(withOfficers).withHeader("ETag", "\"3\""));
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/profile");
        API.on("PUT", ORGANIZATION + "/profile", json(withOfficers).withHeader("ETag", "\"4\""));

        browser.submit(form, "#edit-form", Map.of("memberCount", "120", "constituentBodies", "各種団体\n\n事業者 "));

        String sent = API.lastCall("PUT", ORGANIZATION + "/profile").body();
        assertThat(sent).contains("\"memberCount\":120", "\"constituentBodies\":[\"各種団体\",\"事業者\"]",
                "\"officers\":[{\"position\":\"会長\",\"name\":\"湊 一郎\",\"termFrom\":\"FY2023\"}]",
                "\"milestones\":[{\"on\":\"2020-04\",\"description\":\"市と協定を締結\"}]");
    }

    @Test
    void activitiesAreSentAsTheWholeListWithoutTheRowsLeftEmpty() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/activities");
        assertThat(form.document().select("#edit-form fieldset")).hasSize(3);
        API.on("PUT", ORGANIZATION + "/activities", json(MINATO).withHeader("ETag", "\"4\""));

        browser.post("/console/register/minato/activities", Map.of("_csrf", csrf(form), "version", "\"3\"",
                "category", "SAFETY", "title", "救命救急教室", "description", ""));

        Call sent = API.lastCall("PUT", ORGANIZATION + "/activities");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"activities\":[{\"category\":\"SAFETY\",\"title\":\"救命救急教室\"}]}");
    }

    @Test
    void aRefusedActivityIsToldAtItsRow() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/activities");
        API.on("PUT", ORGANIZATION + "/activities", problem(400, "validation-failed", "activities[0].title: size must be between 0 and 200",
                Map.of("errors", List.of(Map.of("field", "activities[0].title", "message", "size must be between 0 and 200")))));

        Page refused = browser.post("/console/register/minato/activities", Map.of("_csrf", csrf(form), "version", "\"3\"",
                "category", "SAFETY", "title", "長".repeat(201), "description", "説明"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#activities-0-title").val()).isEqualTo("長".repeat(201));
        assertThat(refused.document().select("#activities-0-title").attr("aria-invalid")).isEqualTo("true");
        assertThat(refused.document().select("#form-problem a").attr("href")).isEqualTo("#activities-0-title");
        assertThat(refused.document().select("#edit-form fieldset")).hasSize(2);
    }

    @Test
    void aRefusedCategoryIsToldAtItsSelect() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/activities");
        API.on("PUT", ORGANIZATION + "/activities", problem(400, "validation-failed", "activities[0].category: must not be null",
                Map.of("errors", List.of(Map.of("field", "activities[0].category", "message", "must not be null")))));

        Page refused = browser.post("/console/register/minato/activities", Map.of("_csrf", csrf(form), "version", "\"3\"",
                "category", "SAFETY", "title", "救命救急教室", "description", ""));

        assertThat(refused.status()).isEqualTo(400);
        var select = refused.document().select("#activities-0-category");
        assertThat(select.attr("aria-invalid")).isEqualTo("true");
        assertThat(select.attr("aria-describedby")).isEqualTo("activities-0-category-error");
        assertThat(refused.document().select("#activities-0-category-error").text()).contains("must not be null");
        assertThat(refused.document().select("#form-problem a").attr("href")).isEqualTo("#activities-0-category");
        assertThat(select.select("option[selected]").val()).isEqualTo("SAFETY");
    }

    @Test
    void aRefusedLinkKindIsToldAtItsSelect() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/links");
        API.on("PUT", ORGANIZATION + "/links", problem(400, "validation-failed", "links[0].kind: must not be null",
                Map.of("errors", List.of(Map.of("field", "links[0].kind", "message", "must not be null")))));

        Page refused = browser.post("/console/register/minato/links", Map.of("_csrf", csrf(form), "version", "\"3\"",
                "kind", "INSTAGRAM", "label", "湊のInstagram", "url", "https://instagram.example/minato"));

        assertThat(refused.status()).isEqualTo(400);
        var select = refused.document().select("#links-0-kind");
        assertThat(select.attr("aria-invalid")).isEqualTo("true");
        assertThat(select.attr("aria-describedby")).isEqualTo("links-0-kind-error");
        assertThat(refused.document().select("#links-0-kind-error").text()).contains("must not be null");
        assertThat(select.select("option[selected]").val()).isEqualTo("INSTAGRAM");
    }

    @Test
    void linksAreSentAsTheWholeList() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/links");
        API.on("PUT", ORGANIZATION + "/links", json(MINATO).withHeader("ETag", "\"4\""));

        assertThat(form.document().select("#links-0-url").val()).isEqualTo("https://minato.example/");

        browser.post("/console/register/minato/links", Map.of("_csrf", csrf(form), "version", "\"3\"",
                "kind", "INSTAGRAM", "label", "湊のInstagram", "url", "https://instagram.example/minato"));

        Call sent = API.lastCall("PUT", ORGANIZATION + "/links");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"links\":[{\"kind\":\"INSTAGRAM\",\"label\":\"湊のInstagram\","
                + "\"url\":\"https://instagram.example/minato\"}]}");
    }

    @Test
    void aStageChangeIsRecordedWithItsEvidenceAndNote() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/stage");
        API.on("POST", ORGANIZATION + "/stage-changes", json(MINATO).withHeader("ETag", "\"4\""));

        Page saved = browser.submit(form, "#edit-form", Map.of("stage", "STEP_3", "effectiveOn", "FY2024",
                "evidence", "ACTIVITY_DECLINED", "note", "事務局長が不在になったため"));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("POST", ORGANIZATION + "/stage-changes");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"stage\":\"STEP_3\",\"effectiveOn\":\"FY2024\",\"evidence\":\"ACTIVITY_DECLINED\","
                + "\"note\":\"事務局長が不在になったため\"}");
    }

    @Test
    void aMoveBackWithoutANoteIsRefusedInPlace() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/stage");
        API.on("POST", ORGANIZATION + "/stage-changes", problem(422, "rule-violated", "Moving back from STEP_4 to STEP_3 needs a note."));

        Page refused = browser.submit(form, "#edit-form", Map.of("stage", "STEP_3", "effectiveOn", "FY2024", "evidence", "REASSESSED"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("#form-problem").text()).contains("Moving back from STEP_4 to STEP_3 needs a note.");
        assertThat(refused.document().select("#stage option[selected]").val()).isEqualTo("STEP_3");
        assertThat(refused.document().select("#effectiveOn").val()).isEqualTo("FY2024");
    }

    @Test
    void aVisionPlanIsRecordedWithItsPeriodInFiscalYears() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/vision");
        API.on("POST", ORGANIZATION + "/visions", json(MINATO).withHeader("ETag", "\"4\""));

        Page saved = browser.submit(form, "#edit-form", Map.of("title", "湊地区地域づくりビジョン", "adoptedOn", "2020-03",
                "planFrom", "2020", "planTo", "2024", "revision", "2", "documentUrl", ""));

        assertThat(saved.status()).isEqualTo(302);
        Call sent = API.lastCall("POST", ORGANIZATION + "/visions");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"title\":\"湊地区地域づくりビジョン\",\"adoptedOn\":\"2020-03\",\"planFrom\":2020,"
                + "\"planTo\":2024,\"revision\":2}");
        assertThat(browser.followed(saved).document().select("main [role=status]").text()).isEqualTo("地域づくりビジョンを記録しました。");
    }

    @Test
    void aFacilityContractIsRecorded() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/facility");
        API.on("POST", ORGANIZATION + "/facility-contracts", json(MINATO).withHeader("ETag", "\"4\""));

        browser.submit(form, "#edit-form", Map.of("facility", "湊公民館", "startsOn", "2021-04-01", "endsOn", "2026-03-31",
                "cityDepartment", ""));

        assertThat(API.lastCall("POST", ORGANIZATION + "/facility-contracts").body())
                .isEqualTo("{\"facility\":\"湊公民館\",\"startsOn\":\"2021-04-01\",\"endsOn\":\"2026-03-31\"}");
    }

    @Test
    void aDissolutionClosesTheRecordAndSaysItsKeysNoLongerWork() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/dissolution");
        assertThat(form.document().select("#edit-form .notice").text()).contains("パートナーAPIキーはすべて無効になります");
        String dissolved = MINATO.replace("\"status\": \"ACTIVE\"", "\"status\": \"DISSOLVED\"");
        API.on("POST", ORGANIZATION + "/dissolution", json(dissolved.replaceFirst("\\{", "{\"apiKeys\": {\"revoked\": [\"key-1\"], \"complete\": true},"))
                .withHeader("ETag", "\"4\""));
        API.on("GET", ORGANIZATION, json(dissolved).withHeader("ETag", "\"4\""));

        Page saved = browser.followed(browser.submit(form, "#edit-form", Map.of("dissolvedOn", "2024-03-31", "reason", "湊地区協議会に統合")));

        Call sent = API.lastCall("POST", ORGANIZATION + "/dissolution");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"dissolvedOn\":\"2024-03-31\",\"reason\":\"湊地区協議会に統合\"}");
        assertThat(saved.document().select("main [role=status]").text()).startsWith("解散を記録しました。");
        assertThat(saved.document().select("main a[href=/console/register/minato/name]")).isEmpty();
    }

    @Test
    void anOfficerEditsTheirOwnOrganizationsProfileOnly() {
        Page own = browser.signIn(ISSUER, MINATO_OFFICER, "/console/register/minato");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.document().select("main a[href^=/console/register/minato/]").eachAttr("href"))
                .containsExactly("/console/register/minato/profile", "/console/register/minato/activities",
                        "/console/register/minato/links");
        Page form = browser.get("/console/register/minato/profile");
        API.on("PUT", ORGANIZATION + "/profile", json(MINATO).withHeader("ETag", "\"4\""));

        Page saved = browser.submit(form, "#edit-form", Map.of("description", "湊の紹介"));

        assertThat(saved.status()).isEqualTo(302);
        assertThat(API.lastCall("PUT", ORGANIZATION + "/profile").header("Authorization"))
                .isEqualTo("Bearer " + ISSUER.lastIssuedTo(MINATO_OFFICER).accessToken());
    }

    @Test
    void anOfficerMayNotRenameTheirOrganizationNorTouchAnotherOne() {
        browser.signIn(ISSUER, MINATO_OFFICER, "/console/register/minato");

        Page name = browser.get("/console/register/minato/name");
        Page otherProfile = browser.get("/console/register/ikki/profile");
        Page otherOrganization = browser.get("/console/register/ikki");

        assertThat(name.status()).isEqualTo(403);
        assertThat(name.mainText()).contains("自分の団体の紹介・活動・リンクを編集できます");
        assertThat(otherProfile.status()).isEqualTo(403);
        assertThat(otherOrganization.status()).isEqualTo(302);
        assertThat(otherOrganization.location()).endsWith("/organizations/ikki");
        assertThat(API.calls("GET", "/api/registry/organizations/ikki")).isEmpty();
    }

    @Test
    void theFormsSpeakEnglishWhenAsked() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/name?lang=en");

        assertThat(form.document().select("html").attr("lang")).isEqualTo("en");
        assertThat(form.document().select("h1 span").first().text()).isEqualTo("Change the name");
        assertThat(form.document().select("label[for=change-rename]").text()).isEqualTo("Rename");
        assertThat(form.document().select("#renamedOn-hint").text()).startsWith("As precise as known");
    }

    @Test
    void aPartnersOwnOrganizationIsItsPublicPageForAPartnerHasNothingToEditHere() {
        browser.signIn(ISSUER, new FakeIssuer.Person("partner-minato", "みんなと湊（連携）", List.of("partner"), "minato"),
                "/console/register/minato/profile");

        Page page = browser.get("/console/register/minato");
        Page profile = browser.get("/console/register/minato/profile");

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/organizations/minato");
        assertThat(profile.status()).isEqualTo(403);
    }

    @Test
    void anAddressThatNamesNoOrganizationIsThePortalsNotFoundPage() {
        Page page = browser.signIn(ISSUER, STAFF, "/console/register/%7Bnot-an-id%7D/profile");

        assertThat(page.status()).isEqualTo(404);
    }

    @Test
    void aRefusedStageChangeLinksEachMessageToItsChoiceAndEachChoiceToItsMessage() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/stage");
        API.on("POST", ORGANIZATION + "/stage-changes", problem(400, "validation-failed", "stage: must not be null",
                Map.of("errors", List.of(Map.of("field", "stage", "message", "must not be null"),
                        Map.of("field", "evidence", "message", "must not be null")))));

        Page refused = browser.submit(form, "#edit-form", Map.of("stage", "", "effectiveOn", "FY2024", "evidence", ""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#stage", "#evidence");
        for (String field : List.of("stage", "evidence")) {
            assertThat(refused.document().select("select#" + field).attr("aria-describedby")).isEqualTo(field + "-error");
            assertThat(refused.document().select("#" + field + "-error").text()).contains("must not be null");
        }
    }

    @Test
    void aRefusedLegalFormIsLinkedToItsMessage() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/registration");
        API.on("PUT", ORGANIZATION + "/registration", problem(400, "validation-failed", "legalForm: unknown",
                Map.of("errors", List.of(Map.of("field", "legalForm", "message", "is not a legal form the registry knows"),
                        Map.of("field", "districts", "message", "names a district the city does not have")))));

        Page refused = browser.submit(form, "#edit-form", Map.of("kind", "REGIONAL_MANAGEMENT_ORGANIZATION",
                "legalForm", "NPO_CORPORATION", "foundedOn", "2013-07"));

        assertThat(refused.document().select("#form-problem a").eachAttr("href")).containsExactly("#legalForm", "#districts");
        assertThat(refused.document().select("select#legalForm").attr("aria-describedby")).isEqualTo("legalForm-error");
        assertThat(refused.document().select("#legalForm-error").text()).contains("is not a legal form the registry knows");
        // the districts are a group of choices: the group is described by its hint and its message
        assertThat(refused.document().select("fieldset#districts").attr("aria-describedby")).isEqualTo("districts-hint districts-error");
        assertThat(refused.document().select("#districts-error").text()).contains("names a district the city does not have");
        assertThat(refused.document().select("select#legalForm option[selected]").val()).isEqualTo("NPO_CORPORATION");
    }

    @Test
    void theSummaryOfARefusalIsHeadedOneLevelBelowThePagesHeading() {
        Page form = browser.signIn(ISSUER, STAFF, "/console/register/minato/stage");
        API.on("POST", ORGANIZATION + "/stage-changes", problem(422, "rule-violated", "Moving back from STEP_4 to STEP_3 needs a note."));

        Page refused = browser.submit(form, "#edit-form", Map.of("stage", "STEP_3", "effectiveOn", "FY2024", "evidence", "REASSESSED"));

        assertThat(refused.document().select("#form-problem h2")).hasSize(1);
        assertThat(refused.document().select("#form-problem h3")).isEmpty();
        HeadingOrder.assertInOrder(refused);
    }

    static String csrf(Page page) {
        return page.document().select("input[name=_csrf]").val();
    }
}
