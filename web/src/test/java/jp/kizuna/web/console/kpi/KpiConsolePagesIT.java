package jp.kizuna.web.console.kpi;

import static jp.kizuna.web.support.FakePublicApi.Answer.json;
import static jp.kizuna.web.support.FakePublicApi.Answer.problem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jp.kizuna.web.support.Browser.Page;
import jp.kizuna.web.support.FakeIssuer;
import jp.kizuna.web.support.FakePublicApi.Call;
import jp.kizuna.web.support.Fixtures;
import jp.kizuna.web.support.PortalAgainstFakeApi;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * City staff's KPI and evaluation pages in front of a fake API (the clock stands in FY2024, so FY2023 has ended):
 * official actuals beside the derived values, entering and confirming an actual, a city admin's correction with
 * its reason, targets and the 検証 text, the texts and 成果の推移 of measures and projects, the histories; every write
 * names the version it read, a refusal is told in place with the form as typed, and a change made meanwhile shows
 * the current value.
 */
class KpiConsolePagesIT extends PortalAgainstFakeApi {

    static final FakeIssuer.Person STAFF = new FakeIssuer.Person("staff-suzuki", "鈴木 誠（地域づくり課）", List.of("city-staff"));
    static final FakeIssuer.Person ADMIN = new FakeIssuer.Person("admin-sato", "佐藤 恵（地域づくり課）", List.of("city-admin"));
    static final FakeIssuer.Person OFFICER = new FakeIssuer.Person("officer-ikki", "一箕 太郎", List.of("org-admin"));

    static final String ORGANIZATIONS = Fixtures.json("kpi/indicator-active-organizations.json");
    static final String MEMBERSHIP = Fixtures.json("kpi/indicator-membership-rate.json");
    static final String FIELD = Fixtures.json("kpi/policy-field-36.json");
    static final String INDICATOR = "/api/kpi/indicators/active-community-organizations";

    @BeforeEach
    void theFieldAndItsIndicators() {
        API.on("GET", "/api/kpi/indicators", json("[" + MEMBERSHIP + "," + ORGANIZATIONS + "]"));
        API.on("GET", INDICATOR, json(ORGANIZATIONS).withHeader("ETag", "\"3\""));
        API.on("GET", "/api/kpi/policy-fields/36", json(FIELD).withHeader("ETag", "\"4\""));
        API.on("GET", "/api/events/moderation", json("[]"));
        API.on("GET", "/api/events", json(Fixtures.emptyPage()));
    }

    @Test
    void staffSeeEachIndicatorsOfficialActualBesideTheDerivedValueAndTheirDifference() {
        Page field = browser.signIn(ISSUER, STAFF, "/console/kpi");

        assertThat(field.status()).isEqualTo(200);
        assertThat(field.uri().getPath()).isEqualTo("/console/kpi/fields/36");
        assertThat(row(field, "#kpi-membership-rate", 0)).containsExactly("令和4年度", "92.0％", "91.2％ 確定", "90.8％ 年度末", "+0.4％", "99.1％");
        assertThat(row(field, "#kpi-active-community-organizations", 1))
                .containsExactly("令和5年度", "8団体", "7団体 未確定", "6団体 年度末", "+1団体", "87.5％");
        assertThat(row(field, "#kpi-active-community-organizations", 2))
                .containsExactly("令和6年度", "10団体", "－", "9団体 暫定", "－", "90.0％");
        assertThat(API.lastCall("GET", "/api/kpi/indicators").query("policyField")).isEqualTo("36");
        assertThat(API.lastCall("GET", "/api/kpi/indicators").header("Authorization"))
                .isEqualTo("Bearer " + ISSUER.lastIssuedTo(STAFF).accessToken());
    }

    @Test
    void theFieldPageLinksTheSheetsPreviewAndPdfThroughTheGatewayAndEveryMeasureAndProject() {
        Page field = browser.signIn(ISSUER, STAFF, "/console/kpi/fields/36");

        assertThat(field.document().select("#sheet-title ~ ul a").eachAttr("href"))
                .containsExactly("/api/kpi/policy-fields/36/sheet", "/api/kpi/policy-fields/36/sheet.pdf");
        assertThat(field.document().select("#measures-title ~ ul a").eachAttr("href")).containsExactly(
                "/console/kpi/fields/36/measures/1", "/console/kpi/projects/36-1-1",
                "/console/kpi/fields/36/measures/2", "/console/kpi/projects/36-2-1");
        assertThat(field.mainText()).contains("令和6年度の施策評価シート");
    }

    @Test
    void anOrganizationsOfficerIsToldTheKpiPagesAreForCityStaffBeforeAnyCall() {
        Page refused = browser.signIn(ISSUER, OFFICER, "/console/kpi/indicators/active-community-organizations");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.mainText()).contains("指標と評価の入力は、市の担当者が行います。");
        assertThat(API.calls().stream().filter(c -> c.path().startsWith("/api/kpi"))).isEmpty();
        assertThat(refused.document().select(".site-nav a[href=/console]")).hasSize(1);
    }

    @Test
    void enteringAnActualSendsTheValueAndCommentWithTheVersionItRead() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations?fiscalYear=2023");
        assertThat(indicator.document().select("#actual-fiscalYear option[selected]").val()).isEqualTo("2023");
        assertThat(indicator.document().select("#actual-fiscalYear option").eachAttr("value")).containsExactly("2023", "2024");
        API.on("PUT", INDICATOR + "/actuals/2023", json(ORGANIZATIONS).withHeader("ETag", "\"4\""));

        Page after = browser.submit(indicator, "#actual-form", Map.of("fiscalYear", "2023", "value", "７", "text", "5月の集計"));

        Call sent = API.lastCall("PUT", INDICATOR + "/actuals/2023");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
        assertThat(sent.body()).isEqualTo("{\"value\":7,\"comment\":\"5月の集計\"}");
        assertThat(after.status()).isEqualTo(302);
        Page shown = browser.followed(after);
        assertThat(shown.uri().getPath()).isEqualTo("/console/kpi/indicators/active-community-organizations");
        assertThat(shown.document().select("main [role=status]").text())
                .isEqualTo("地域づくり活動組織数の令和5年度の実績 7団体 を入力しました（未確定）。");
    }

    @Test
    void aValueThatIsNoNumberIsRefusedInPlaceBeforeAnythingIsSentAndTheFormKeepsIt() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");

        Page refused = browser.submit(indicator, "#actual-form", Map.of("fiscalYear", "2023", "value", "七つ", "text", "集計中"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("PUT", INDICATOR + "/actuals/2023")).isEmpty();
        Element summary = refused.document().selectFirst("#actual-problem");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.select("a").attr("href")).isEqualTo("#actual-value");
        assertThat(summary.select("a").text()).isEqualTo("値を数値で入力してください（例: 91.2、7）。");
        Element value = refused.document().selectFirst("#actual-value");
        assertThat(value.val()).isEqualTo("七つ");
        assertThat(value.attr("aria-describedby")).isEqualTo("actual-value-hint actual-value-error");
        assertThat(refused.document().select("#actual-value-error").text()).isEqualTo("値を数値で入力してください（例: 91.2、7）。");
        assertThat(refused.document().select("#actual-text").text()).isEqualTo("集計中");
        assertThat(refused.document().select("#actual-fiscalYear option[selected]").val()).isEqualTo("2023");
    }

    @Test
    void aChangeMadeMeanwhileShowsTheCurrentValueKeepsWhatWasTypedAndTheNewVersion() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        API.on("PUT", INDICATOR + "/actuals/2023", problem(412, "precondition-failed", "The indicator is at version 4, not 3."));
        API.on("GET", INDICATOR, json(ORGANIZATIONS).withHeader("ETag", "\"4\""));

        Page refused = browser.submit(indicator, "#actual-form", Map.of("fiscalYear", "2023", "value", "8", "text", ""));

        assertThat(refused.status()).isEqualTo(412);
        Element summary = refused.document().selectFirst("#actual-problem");
        assertThat(summary.select("p").eachText()).contains(
                "ほかの人が先に変更しました。最新の内容を確かめてから、もう一度お試しください。",
                "令和5年度の実績（公式）は現在 7団体（未確定）です。",
                "入力した内容はそのまま残しています。現在の値を確かめてから、もう一度送信してください。");
        assertThat(refused.document().select("#actual-value").val()).isEqualTo("8");
        assertThat(refused.document().select("#actual-form input[name=version]").val()).isEqualTo("\"4\"");
    }

    @Test
    void aRuleTheApiHoldsIsToldInPlaceWithItsOwnExplanation() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        API.on("PUT", INDICATOR + "/actuals/2024", problem(422, "rule-violated", "value: a count is a whole number."));

        Page refused = browser.submit(indicator, "#actual-form", Map.of("fiscalYear", "2024", "value", "7.5"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.document().select("#actual-problem p").eachText())
                .contains("決まりにより、この操作はできません。", "value: a count is a whole number.");
        assertThat(refused.document().select("#actual-value").val()).isEqualTo("7.5");
        assertThat(refused.document().select("#actual-fiscalYear option[selected]").val()).isEqualTo("2024");
    }

    @Test
    void aWriteTheApiDoesNotAnswerIsToldInPlaceAndTheFormKeepsWhatWasTyped() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        API.on("PUT", INDICATOR + "/targets/2024", jp.kizuna.web.support.FakePublicApi.Answer.hangUp());

        Page refused = browser.submit(indicator, "#target-form", Map.of("fiscalYear", "2024", "value", "12", "text", "見直し"));

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.document().select("#target-problem p").first().text())
                .isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
        assertThat(refused.document().select("#target-value").val()).isEqualTo("12");
        assertThat(refused.document().select("#target-text").text()).isEqualTo("見直し");
    }

    @Test
    void onlyAProvisionalActualOfAnEndedYearIsOfferedForConfirmationAndTheConfirmationNamesTheVersion() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        assertThat(indicator.document().select("#year-2023 form button").text()).isEqualTo("確定する");
        assertThat(indicator.document().select("#year-2023 form button").attr("aria-label")).isEqualTo("令和5年度の実績を確定する");
        assertThat(indicator.document().select("#year-2022 form, #year-2024 form")).isEmpty();
        API.on("POST", INDICATOR + "/actuals/2023/confirmation", json(ORGANIZATIONS.replace("\"PROVISIONAL\", \"comment\"",
                "\"CONFIRMED\", \"comment\"")));

        Page after = browser.followed(browser.submit(indicator, "#year-2023 form", Map.of()));

        assertThat(API.lastCall("POST", INDICATOR + "/actuals/2023/confirmation").header("If-Match")).isEqualTo("\"3\"");
        assertThat(after.document().select("main [role=status]").text())
                .isEqualTo("地域づくり活動組織数の令和5年度の実績 7団体 を確定しました。");
    }

    @Test
    void aConfirmationTheApiRefusesIsToldAboveTheTable() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        API.on("POST", INDICATOR + "/actuals/2023/confirmation",
                problem(409, "conflict", "The actual of 令和5年度 is confirmed already."));

        Page refused = browser.submit(indicator, "#year-2023 form", Map.of());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.document().select("#years-title ~ #confirm-problem p").eachText())
                .containsExactly("現在の状態では、この操作はできません。", "The actual of 令和5年度 is confirmed already.");
    }

    @Test
    void onlyACityAdminIsOfferedTheCorrectionAndItNeedsItsReason() {
        Page staffs = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        assertThat(staffs.document().select("#correction-form")).isEmpty();

        browser = new jp.kizuna.web.support.Browser(port);
        Page admins = browser.signIn(ISSUER, ADMIN, "/console/kpi/indicators/active-community-organizations");
        assertThat(admins.document().select("#correction-fiscalYear option").eachAttr("value")).containsExactly("2022");

        Page refused = browser.submit(admins, "#correction-form", Map.of("fiscalYear", "2022", "value", "六", "text", " "));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("POST", INDICATOR + "/actuals/2022/corrections")).isEmpty();
        assertThat(refused.document().select("#correction-problem a").eachAttr("href"))
                .containsExactly("#correction-value", "#correction-text");
        assertThat(refused.document().select("#correction-text-error").text()).isEqualTo("訂正の理由を入力してください。");
        assertThat(refused.document().select("#correction-value").val()).isEqualTo("六");
    }

    @Test
    void aCorrectionSendsTheValueAndItsReason() {
        Page admins = browser.signIn(ISSUER, ADMIN, "/console/kpi/indicators/active-community-organizations");
        API.on("POST", INDICATOR + "/actuals/2022/corrections", json(ORGANIZATIONS));

        browser.submit(admins, "#correction-form", Map.of("fiscalYear", "2022", "value", "6", "text", "北会津の組織を数え漏れていた"));

        Call sent = API.lastCall("POST", INDICATOR + "/actuals/2022/corrections");
        assertThat(sent.body()).isEqualTo("{\"value\":6,\"reason\":\"北会津の組織を数え漏れていた\"}");
        assertThat(sent.header("If-Match")).isEqualTo("\"3\"");
    }

    @Test
    void targetsTheFinalTargetAndTheVerificationAreSentWithTheVersionTheyWereReadAt() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        assertThat(indicator.document().select("#verification-text").text()).startsWith("北会津・河東・湊のモデル地区");
        API.on("PUT", INDICATOR + "/targets/2024", json(ORGANIZATIONS));
        API.on("PUT", INDICATOR + "/final-target", json(ORGANIZATIONS));
        API.on("PUT", INDICATOR + "/verification", json(ORGANIZATIONS));

        Page targetSet = browser.followed(browser.submit(indicator, "#target-form",
                Map.of("fiscalYear", "2024", "value", "11", "text", "計画の見直し")));
        browser.followed(browser.submit(indicator, "#finalTarget-form", Map.of("value", "16", "text", "")));
        Page saved = browser.followed(browser.submit(indicator, "#verification-form", Map.of("text", "目標どおり進んでいる。")));

        assertThat(API.lastCall("PUT", INDICATOR + "/targets/2024").body()).isEqualTo("{\"value\":11,\"reason\":\"計画の見直し\"}");
        assertThat(API.lastCall("PUT", INDICATOR + "/final-target").body()).isEqualTo("{\"value\":16}");
        assertThat(API.lastCall("PUT", INDICATOR + "/verification").body()).isEqualTo("{\"text\":\"目標どおり進んでいる。\"}");
        assertThat(API.calls().stream().filter(c -> c.method().equals("PUT")).map(c -> c.header("If-Match")))
                .containsOnly("\"3\"");
        assertThat(targetSet.document().select("main [role=status]").text())
                .isEqualTo("地域づくり活動組織数の令和6年度の目標を 10団体 にしました。");
        assertThat(saved.document().select("main [role=status]").text()).isEqualTo("地域づくり活動組織数の検証の文を保存しました。");
    }

    @Test
    void aVerificationChangedMeanwhileShowsTheCurrentText() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations");
        API.on("PUT", INDICATOR + "/verification", problem(412, "precondition-failed", "The indicator is at version 4, not 3."));

        Page refused = browser.submit(indicator, "#verification-form", Map.of("text", "私の文"));

        assertThat(refused.document().select("#verification-problem .current-value").text())
                .isEqualTo("現在の検証の文: 北会津・河東・湊のモデル地区の取組成果が認知され、他地域で取組が始まっている。");
        assertThat(refused.document().select("#verification-text").text()).isEqualTo("私の文");
    }

    @Test
    void theHistoryListsEveryChangeNewestFirstAPageAtATime() {
        String changes = IntStream.range(0, 25).mapToObj(i -> """
                {"at": "2024-06-%02dT00:00:00Z", "by": "staff-suzuki", "byName": "鈴木 誠（地域づくり課）", "action": "actual recorded",
                 "fiscalYear": 2023, "before": null, "after": %d, "reason": "集計 %d"}""".formatted(25 - i, 25 - i, 25 - i))
                .collect(Collectors.joining(",", "[", "]"));
        API.on("GET", INDICATOR + "/history", json(changes));

        Page first = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations/history");
        Page second = browser.open("/console/kpi/indicators/active-community-organizations/history?page=1");

        assertThat(first.document().select("tbody tr")).hasSize(20);
        assertThat(first.document().select("tbody tr").first().children().eachText())
                .containsExactly("2024-06-25 09:00", "実績の入力", "令和5年度", "－", "25", "鈴木 誠（地域づくり課）", "集計 25");
        assertThat(first.document().select("caption").text()).isEqualTo("変更 25 件（新しい順）");
        assertThat(second.document().select("tbody tr")).hasSize(5);
        assertThat(second.document().select(".pager span").text()).isEqualTo("2 / 2 ページ");
    }

    @Test
    void measureTextsAreSavedWithTheFieldsVersion() {
        Page measure = browser.signIn(ISSUER, STAFF, "/console/kpi/fields/36/measures/1");
        assertThat(measure.document().select("#measure-progress").text()).isEqualTo("加入促進のチラシを配布した。");
        API.on("PUT", "/api/kpi/policy-fields/36/measures/1/texts", json(FIELD));

        Page saved = browser.followed(browser.submit(measure, "#measure-form", Map.of("progress", "チラシを全戸に配布した。\r\n説明会を開いた。",
                "reason", "年度末の更新")));

        Call sent = API.lastCall("PUT", "/api/kpi/policy-fields/36/measures/1/texts");
        assertThat(sent.header("If-Match")).isEqualTo("\"4\"");
        // only the texts the form sent: the API keeps the others
        assertThat(sent.body()).isEqualTo("{\"progress\":\"チラシを全戸に配布した。\\n説明会を開いた。\",\"reason\":\"年度末の更新\"}");
        assertThat(saved.document().select("main [role=status]").text()).isEqualTo("施策の文章を保存しました。");
    }

    @Test
    void measureTextsChangedMeanwhileAreShownBesideWhatWasTyped() {
        Page measure = browser.signIn(ISSUER, STAFF, "/console/kpi/fields/36/measures/1");
        API.on("PUT", "/api/kpi/policy-fields/36/measures/1/texts", problem(412, "precondition-failed", "The policy field is at version 5, not 4."));
        API.on("GET", "/api/kpi/policy-fields/36", json(FIELD.replace("加入促進のチラシを配布した。", "説明会を開いた。"))
                .withHeader("ETag", "\"5\""));

        Page refused = browser.submit(measure, "#measure-form", Map.of("progress", "私の取組状況"));

        assertThat(refused.status()).isEqualTo(412);
        assertThat(refused.document().select("#measure-progress").text()).isEqualTo("私の取組状況");
        assertThat(refused.document().select("#measure-progress-current .multi-line").text()).isEqualTo("説明会を開いた。");
        assertThat(refused.document().select("#measure-progress").attr("aria-describedby")).isEqualTo("measure-progress-current");
        assertThat(refused.document().select("#measure-form input[name=version]").val()).isEqualTo("\"5\"");
    }

    @Test
    void aProjectsOutcomeTrendIsShownAndRecordedAsPrinted() {
        Page project = browser.signIn(ISSUER, STAFF, "/console/kpi/projects/36-2-1");
        assertThat(project.document().select("#outcome-title ~ .table-wrap tbody tr").eachText())
                .containsExactly("令和4年度 0", "令和5年度 約150", "令和6年度 －");
        API.on("PUT", "/api/kpi/projects/36-2-1/outcomes/2023", json(FIELD));

        Page saved = browser.followed(browser.submit(project, "#outcome-form", Map.of("fiscalYear", "2023", "text", "約160", "reason", "")));

        Call sent = API.lastCall("PUT", "/api/kpi/projects/36-2-1/outcomes/2023");
        assertThat(sent.body()).isEqualTo("{\"text\":\"約160\",\"reason\":null}");
        assertThat(sent.header("If-Match")).isEqualTo("\"4\"");
        assertThat(saved.document().select("main [role=status]").text()).isEqualTo("令和5年度の成果の推移を「約160」として記録しました。");
    }

    @Test
    void anOutcomeThatIsNotAsPrintedIsRefusedInPlace() {
        Page project = browser.signIn(ISSUER, STAFF, "/console/kpi/projects/36-2-1");

        Page refused = browser.submit(project, "#outcome-form", Map.of("fiscalYear", "2023", "text", "たくさん", "reason", "聞き取り"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(API.calls("PUT", "/api/kpi/projects/36-2-1/outcomes/2023")).isEmpty();
        assertThat(refused.document().select("#outcome-text").val()).isEqualTo("たくさん");
        assertThat(refused.document().select("#outcome-reason").text()).isEqualTo("聞き取り");
        assertThat(refused.document().select("#outcome-text-error").text()).startsWith("成果の推移は、数値");
    }

    @Test
    void projectTextsAndNextYearsDirectionAreSentWithTheFieldsVersion() {
        Page project = browser.signIn(ISSUER, STAFF, "/console/kpi/projects/36-2-1");
        assertThat(project.document().select("#project-nextYearDirection option[selected]").val()).isEqualTo("EXPAND");
        API.on("PUT", "/api/kpi/projects/36-2-1/texts", json(FIELD));

        browser.submit(project, "#project-form", Map.of("purpose", "地域の担い手を確保する。", "progress", "4名が活動した。",
                "issues", "卒隊後の定住", "nextYearDirection", "CONTINUE", "reason", ""));

        Call sent = API.lastCall("PUT", "/api/kpi/projects/36-2-1/texts");
        assertThat(sent.header("If-Match")).isEqualTo("\"4\"");
        assertThat(sent.body()).isEqualTo("{\"purpose\":\"地域の担い手を確保する。\",\"progress\":\"4名が活動した。\","
                + "\"issues\":\"卒隊後の定住\",\"nextYearDirection\":\"CONTINUE\"}");
    }

    @Test
    void theFieldsTextHistorySaysWhatChangedWhoAndWhy() {
        API.on("GET", "/api/kpi/policy-fields/36/history", json("""
                [{"at": "2024-06-01T03:00:00Z", "by": "staff-suzuki", "byName": "鈴木 誠（地域づくり課）",
                  "path": "projects/36-2-1/outcomes/FY2023", "before": "約150", "after": "約160", "reason": "確定値"}]"""));

        Page history = browser.signIn(ISSUER, STAFF, "/console/kpi/fields/36/history");

        assertThat(history.document().select("tbody tr").first().children().eachText()).containsExactly(
                "2024-06-01 12:00", "projects/36-2-1/outcomes/FY2023", "約150", "約160", "鈴木 誠（地域づくり課）", "確定値");
    }

    @Test
    void theDashboardListsTheActualsOfEndedYearsStillToConfirmLinkingToTheirEntry() {
        Page console = browser.signIn(ISSUER, STAFF, "/console");

        Element item = console.document().getElementById("kpi-todo-title").parent();
        assertThat(item.select("p").first().text()).isEqualTo("終わった年度の実績で、まだ確定していないものが 1 件あります。");
        assertThat(item.select("li").text()).isEqualTo("地域づくり活動組織数（令和5年度） 入力済み・未確定");
        assertThat(item.select("li a").attr("href"))
                .isEqualTo("/console/kpi/indicators/active-community-organizations?fiscalYear=2023");
    }

    @Test
    void theDashboardStillShowsTheRestWhenTheKpiServiceDoesNotAnswer() {
        API.on("GET", "/api/kpi/indicators", problem(503, "service-unavailable", "The KPI service is starting."));

        Page console = browser.signIn(ISSUER, STAFF, "/console");

        assertThat(console.status()).isEqualTo(200);
        assertThat(console.document().getElementById("kpi-todo-title").parent().text())
                .contains("いま指標の状況を読み込めませんでした。");
        assertThat(console.document().getElementById("coming-title")).isNotNull();
    }

    @Test
    void anOfficersDashboardHasNoKpiItem() {
        Page console = browser.signIn(ISSUER, OFFICER, "/console");

        assertThat(console.document().getElementById("kpi-todo-title")).isNull();
        assertThat(API.calls("GET", "/api/kpi/indicators")).isEmpty();
    }

    @Test
    void theIndicatorPageSpeaksEnglishWhenAskedTo() {
        Page indicator = browser.signIn(ISSUER, STAFF, "/console/kpi/indicators/active-community-organizations?lang=en");

        assertThat(indicator.document().select("h2#actual-title").text()).isEqualTo("Enter an actual");
        assertThat(indicator.document().select("#year-2023 th").text()).isEqualTo("FY2023");
        assertThat(indicator.document().select("#year-2023 td").get(1).text()).isEqualTo("7団体 Provisional");
    }

    @Test
    void anAddressThatNamesNoIndicatorOrProjectIsTheNotFoundPageWithoutACall() {
        browser.signIn(ISSUER, STAFF, "/console/kpi/fields/36");

        assertThat(browser.open("/console/kpi/indicators/%7Bx%7D").status()).isEqualTo(404);
        assertThat(browser.open("/console/kpi/projects/36-x").status()).isEqualTo(404);
        assertThat(API.calls().stream().filter(c -> c.path().contains("{x}") || c.path().contains("36-x"))).isEmpty();
    }

    @Test
    void everyKpiPageHasItsHeadingsInOrderLabelledFieldsAndACsrfTokenInEveryForm() {
        API.on("GET", INDICATOR + "/history", json("[]"));
        API.on("GET", "/api/kpi/policy-fields/36/history", json("[]"));
        browser.signIn(ISSUER, ADMIN, "/console/kpi/fields/36");
        for (String path : List.of("/console/kpi/fields/36", "/console/kpi/indicators/active-community-organizations",
                "/console/kpi/indicators/active-community-organizations/history", "/console/kpi/fields/36/measures/1",
                "/console/kpi/projects/36-2-1", "/console/kpi/fields/36/history")) {
            Page page = browser.open(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            org.jsoup.nodes.Document document = page.document();
            assertThat(document.select("main h1")).as(path).hasSize(1);
            int level = 1;
            for (Element heading : document.select("main h1, main h2, main h3, main h4")) {
                int next = Integer.parseInt(heading.tagName().substring(1));
                assertThat(next).as("%s after h%d on %s", heading.text(), level, path).isLessThanOrEqualTo(level + 1);
                level = next;
            }
            for (Element field : document.select("main input:not([type=hidden]), main textarea, main select")) {
                assertThat(document.select("label[for=" + field.id() + "]")).as("a label for #%s on %s", field.id(), path)
                        .hasSize(1);
            }
            for (Element form : document.select("form[method=post]")) {
                assertThat(form.select("input[type=hidden][name=_csrf]").attr("value")).as("%s on %s", form.attr("action"), path)
                        .isNotBlank();
            }
            assertThat(document.select("table.data").not(":has(caption)")).as(path).isEmpty();
            assertThat(document.select("[style], style, script:not([src])")).as(path).isEmpty();
        }
    }

    private static List<String> row(Page page, String heading, int index) {
        Element section = page.document().selectFirst(heading).parent();
        return section.select("tbody tr").get(index).children().eachText();
    }
}
