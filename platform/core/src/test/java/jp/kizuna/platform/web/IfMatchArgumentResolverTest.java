package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.kizuna.platform.contracts.ProblemTypes;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** A handler's {@link IfMatch} parameter is the request's If-Match header, refused as {@link IfMatch#parse} refuses it. */
class IfMatchArgumentResolverTest {

    private final IfMatchArgumentResolver resolver = new IfMatchArgumentResolver();

    @Test
    void takesOnlyParametersOfTypeIfMatch() throws NoSuchMethodException {
        assertThat(resolver.supportsParameter(parameter("required"))).isTrue();
        assertThat(resolver.supportsParameter(new MethodParameter(Handlers.class.getDeclaredMethod("other", String.class), 0)))
                .isFalse();
    }

    @Test
    void readsTheVersionOfTheTagTheClientSendsBack() throws Exception {
        assertThat(resolve("required", "\"4.Qx3_-aZ09bcdEFghIJklMN\"")).isEqualTo(new IfMatch(4));
        assertThat(resolve("optional", "\"4\"")).isEqualTo(new IfMatch(4));
    }

    @Test
    void asksForTheHeaderWith428WhereTheHandlerNeedsIt() {
        assertThatThrownBy(() -> resolve("required", (String[]) null)).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED);
            assertThat(problem.type()).isEqualTo(ProblemTypes.PRECONDITION_REQUIRED);
            assertThat(problem.getMessage()).isEqualTo(IfMatch.missing().getMessage());
        });
    }

    @Test
    void leavesAMissingHeaderToTheUseCaseOfAHandlerMarkedOptional() throws Exception {
        assertThat(resolve("optional", (String[]) null)).isNull();
    }

    @Test
    void aBlankHeaderIsMissingEvenWhereTheHeaderIsOptional() {
        assertThatThrownBy(() -> resolve("optional", " ")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void refusesAMalformedHeaderWith400AndAWeakOneWith412EvenWhereTheHeaderIsOptional() {
        assertThatThrownBy(() -> resolve("optional", "\"not-a-version\"")).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.type()).isEqualTo(ProblemTypes.MALFORMED_REQUEST);
        });
        assertThatThrownBy(() -> resolve("required", "W/\"3\"")).isInstanceOfSatisfying(ProblemException.class,
                problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }

    @Test
    void readsSeveralHeadersAsOneListWhichIsNoTagOfThisApi() {
        assertThatThrownBy(() -> resolve("required", "\"3\"", "\"4\"")).isInstanceOfSatisfying(ProblemException.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.getMessage()).contains("\"3\",\"4\"");
        });
    }

    private IfMatch resolve(String handler, String... headers) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/things/1");
        if (headers != null) {
            for (String header : headers) {
                request.addHeader(HttpHeaders.IF_MATCH, header);
            }
        }
        return resolver.resolveArgument(parameter(handler), null, new ServletWebRequest(request), null);
    }

    private static MethodParameter parameter(String handler) throws NoSuchMethodException {
        return new MethodParameter(Handlers.class.getDeclaredMethod(handler, IfMatch.class), 0);
    }

    @SuppressWarnings("unused")
    private static final class Handlers {
        void required(IfMatch ifMatch) {
        }

        @OptionalIfMatch
        void optional(IfMatch ifMatch) {
        }

        void other(String ifMatch) {
        }
    }
}
