package jp.kizuna.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ApiUnavailableException;
import jp.kizuna.web.api.ProblemDocument;
import jp.kizuna.web.api.ProblemDocument.FieldError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProblemMessagesTest {

    private static final Locale JA = Locale.JAPANESE;
    private static final Locale EN = Locale.ENGLISH;

    private final ProblemMessages problems = new ProblemMessages(Bundles.messages());

    @Nested
    class ARefusedSignUp {

        @Test
        void saysItIsAlreadyRegisteredWhateverTheDetailSays() {
            PageProblem problem = problems.of(refusal(409, "conflict", "already-registered",
                    "You are already registered for 一箕地区まちづくりワークショップ 第1回 (CONFIRMED, registration r-1)."), JA);

            assertThat(problem.message()).isEqualTo("このイベントにはすでに申し込んでいます。マイページで確認できます。");
            assertThat(problems.of(refusal(409, "conflict", "already-registered", "…"), EN).message())
                    .isEqualTo("You have already signed up for this event; see My page.");
        }

        @Test
        void saysRegistrationHasClosed() {
            PageProblem problem = problems.of(refusal(422, "rule-violated", "registration-closed",
                    "Cannot sign up: registration closed with the deadline 令和6年6月19日."), JA);

            assertThat(problem.message()).isEqualTo("申し込みの受付は終了しました。");
        }

        @Test
        void asksForTheEligibilityDeclaration() {
            assertThat(problems.of(refusal(422, "rule-violated", "eligibility-not-declared", "…"), JA).message())
                    .contains("チェックを入れてください");
        }

        @ParameterizedTest
        @ValueSource(strings = {"registration-not-required", "registration-not-open-yet", "registration-closed",
                "eligibility-not-declared", "event-not-published", "already-registered", "no-session-open", "duplicate-entry"})
        void hasAMessageInBothLanguagesForEveryReasonTheApiDocuments(String reason) {
            PageProblem japanese = problems.of(refusal(422, "rule-violated", reason, "detail"), JA);
            PageProblem english = problems.of(refusal(422, "rule-violated", reason, "detail"), EN);

            assertThat(japanese.message()).isNotEqualTo(problems.of(problem(422, "rule-violated", "detail"), JA).message());
            assertThat(english.message()).isNotEqualTo(problems.of(problem(422, "rule-violated", "detail"), EN).message());
        }

        @Test
        void fallsBackToTheKindOfProblemForAReasonItDoesNotKnow() {
            PageProblem problem = problems.of(refusal(409, "conflict", "something-new", "detail"), JA);

            assertThat(problem.message()).isEqualTo("現在の状態では、この操作はできません。");
        }
    }

    @Nested
    class ARefusalOfTheApi {

        @Test
        void namesTheKindOfProblem() {
            assertThat(problems.of(problem(400, "validation-failed", "d"), JA).message()).startsWith("入力内容に誤りがあります");
            assertThat(problems.of(problem(403, "forbidden", "d"), JA).message()).isEqualTo("この操作を行う権限がありません。");
            assertThat(problems.of(problem(412, "precondition-failed", "d"), JA).message()).startsWith("ほかの人が先に変更しました");
            assertThat(problems.of(problem(429, "rate-limited", "d"), EN).message()).startsWith("Too many requests");
        }

        @Test
        void keepsTheServicesExplanationAndTheFieldsItNames() {
            ProblemDocument invalid = new ProblemDocument("urn:kizuna:problem:validation-failed", "Bad Request", 400,
                    "1 field is invalid", List.of(new FieldError("registrant.name", "must not be blank")), Map.of());

            PageProblem problem = problems.of(new ApiProblemException(invalid), JA);

            assertThat(problem.detail()).isEqualTo("1 field is invalid");
            assertThat(problem.fields()).containsExactly("registrant.name: must not be blank");
        }

        @ParameterizedTest
        @ValueSource(strings = {"method-not-allowed", "not-acceptable", "unreadable-record", "payload-too-large",
                "uri-too-long", "unsupported-media-type", "precondition-required", "headers-too-large", "origin-not-allowed"})
        void givesAGeneralMessageForAKindWithoutOneOfItsOwn(String kind) {
            assertThat(problems.of(problem(400, kind, "d"), JA).message()).isEqualTo("この操作はできませんでした。");
            assertThat(problems.of(problem(400, kind, "d"), EN).message()).isEqualTo("This could not be done.");
        }
    }

    @Nested
    class AProblemItCannotVouchFor {

        @Test
        void givesAGeneralMessageAndNotTheDetailOfAnUnknownType() {
            ProblemDocument foreign = new ProblemDocument("https://proxy.example/errors/blocked", "Blocked", 403,
                    "request blocked by rule 942100 on host 10.0.3.7", List.of(new FieldError("q", "sql injection")), Map.of());

            PageProblem problem = problems.of(new ApiProblemException(foreign), JA);

            assertThat(problem.message()).isEqualTo("この操作はできませんでした。");
            assertThat(problem.detail()).isNull();
            assertThat(problem.fields()).isEmpty();
        }

        @Test
        void givesAGeneralMessageForAnAnswerThatWasNoProblemDocumentAtAll() {
            ProblemDocument bare = new ProblemDocument("about:blank", null, 400, null, null, null);

            assertThat(problems.of(new ApiProblemException(bare), EN).message()).isEqualTo("This could not be done.");
        }

        @Test
        void saysTheServiceIsUnavailableAndKeepsBackTheDetailOfAServerError() {
            ProblemDocument internal = new ProblemDocument("urn:kizuna:problem:internal-error", "Internal Server Error", 500,
                    "Unexpected error; reference 5f2c1a9e", null, Map.of("reference", "5f2c1a9e"));

            PageProblem problem = problems.of(new ApiProblemException(internal), JA);

            assertThat(problem.message()).isEqualTo("ただいまサービスを利用できません。時間をおいてもう一度お試しください。");
            assertThat(problem.detail()).isNull();
        }

        @Test
        void saysTheServiceDidNotAnswerInTime() {
            assertThat(problems.of(problem(504, "service-timeout", "events-workshops did not answer in 10s"), JA).message())
                    .isEqualTo("ただいまサービスの応答がありません。時間をおいてもう一度お試しください。");
        }

        @Test
        void saysTheServiceIsUnavailableWhenTheApiCannotBeReached() {
            PageProblem problem = problems.unavailable(new ApiUnavailableException("the API did not answer: Connection refused",
                    new ConnectException("Connection refused")), EN);

            assertThat(problem.message()).isEqualTo("The service is not available right now. Please try again in a moment.");
            assertThat(problem.detail()).isNull();
        }

        @Test
        void saysTheAddressCouldNotBeRead() {
            assertThat(problems.malformed(JA).message()).isEqualTo("ページのアドレスまたは入力内容を読み取れませんでした。");
        }
    }

    private static ApiProblemException refusal(int status, String kind, String reason, String detail) {
        return new ApiProblemException(new ProblemDocument("urn:kizuna:problem:" + kind, null, status, detail, null,
                Map.of("reason", reason)));
    }

    private static ApiProblemException problem(int status, String kind, String detail) {
        return new ApiProblemException(new ProblemDocument("urn:kizuna:problem:" + kind, null, status, detail, null, Map.of()));
    }
}
