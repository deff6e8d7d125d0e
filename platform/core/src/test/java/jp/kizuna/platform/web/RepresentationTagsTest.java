package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RepresentationTagsTest {

    private final RepresentationTags filter = new RepresentationTags(java.time.Duration.ofSeconds(60));

    @Test
    void givesTheSameVersionANewTagWhenTheBodyChanges() throws Exception {
        String before = answer("GET", null, 200, "\"4\"", "{\"seatsLeft\":12}").getHeader("ETag");
        String after = answer("GET", null, 200, "\"4\"", "{\"seatsLeft\":11}").getHeader("ETag");

        assertThat(before).startsWith("\"4.").endsWith("\"");
        assertThat(after).startsWith("\"4.");
        assertThat(after).isNotEqualTo(before);
        assertThat(IfMatch.parse(after).version()).isEqualTo(4);
    }

    @Test
    void givesTheSameBodyTheSameStrongTag() throws Exception {
        MockHttpServletResponse first = answer("GET", null, 200, null, "[1,2,3]");
        MockHttpServletResponse second = answer("GET", null, 200, null, "[1,2,3]");

        assertThat(first.getHeader("ETag")).isEqualTo(second.getHeader("ETag")).doesNotStartWith("W/");
    }

    @Test
    void answersAReadWhoseIfNoneMatchNamesTheCurrentTagWith304AndNoBody() throws Exception {
        String tag = answer("GET", null, 200, "\"2\"", "{\"name\":\"湊\"}").getHeader("ETag");

        MockHttpServletResponse again = answer("GET", tag, 200, "\"2\"", "{\"name\":\"湊\"}");

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
        assertThat(again.getHeader("ETag")).isEqualTo(tag);
    }

    @Test
    void answersAReadWhoseIfNoneMatchNamesAnOlderTagInFull() throws Exception {
        String old = answer("GET", null, 200, "\"2\"", "{\"seatsLeft\":3}").getHeader("ETag");

        MockHttpServletResponse now = answer("GET", old, 200, "\"2\"", "{\"seatsLeft\":2}");

        assertThat(now.getStatus()).isEqualTo(200);
        assertThat(now.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("{\"seatsLeft\":2}");
    }

    @Test
    void answersAHeadWithTheHeadersOfTheGetAndNoBody() throws Exception {
        MockHttpServletResponse get = answer("GET", null, 200, "\"2\"", "{\"name\":\"湊\"}");

        MockHttpServletResponse head = answer("HEAD", null, 200, "\"2\"", "{\"name\":\"湊\"}");

        assertThat(head.getStatus()).isEqualTo(200);
        assertThat(head.getHeader("ETag")).isEqualTo(get.getHeader("ETag"));
        assertThat(head.getHeader("Cache-Control")).isEqualTo(get.getHeader("Cache-Control"));
        assertThat(head.getContentLength()).isEqualTo(get.getContentAsByteArray().length);
        assertThat(head.getContentAsByteArray()).isEmpty();
    }

    @Test
    void answersAHeadWhoseIfNoneMatchNamesTheCurrentTagWith304() throws Exception {
        String tag = answer("GET", null, 200, "\"2\"", "{\"name\":\"湊\"}").getHeader("ETag");

        assertThat(answer("HEAD", tag, 200, "\"2\"", "{\"name\":\"湊\"}").getStatus()).isEqualTo(304);
    }

    @Test
    void leavesErrorAnswersWithoutATag() throws Exception {
        MockHttpServletResponse problem = answer("GET", null, 404, null, "{\"status\":404}");

        assertThat(problem.getHeader("ETag")).isNull();
        assertThat(problem.getContentAsString()).isEqualTo("{\"status\":404}");
    }

    @Test
    void tagsTheAnswerOfAWriteButNeverAnswersItWith304() throws Exception {
        String tag = answer("PUT", null, 200, "\"5\"", "{\"v\":5}").getHeader("ETag");

        MockHttpServletResponse write = answer("PUT", tag, 200, "\"5\"", "{\"v\":5}");

        assertThat(write.getStatus()).isEqualTo(200);
        assertThat(write.getHeader("ETag")).isEqualTo(tag).startsWith("\"5.");
    }

    @Test
    void letsAnyCacheKeepAPublicReadForAMinuteAndNoCacheKeepAnAnswerToAToken() throws Exception {
        MockHttpServletResponse anonymous = answer("GET", null, 200, "\"1\"", "{\"title\":\"清掃\"}");
        MockHttpServletResponse signedIn = answer("GET", null, 200, "\"1\"", "{\"title\":\"清掃\"}", "Bearer t");

        assertThat(anonymous.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
        assertThat(String.join(", ", anonymous.getHeaders("Vary"))).contains("Authorization", "Accept-Encoding");
        assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private, no-store");
    }

    @Test
    void keepsTheCachingOfA304() throws Exception {
        String tag = answer("GET", null, 200, null, "[]").getHeader("ETag");

        MockHttpServletResponse notModified = answer("GET", tag, 200, null, "[]");

        assertThat(notModified.getStatus()).isEqualTo(304);
        assertThat(notModified.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void sendsNothingOfAnAnswerThatFailedHalfWaySoThatTheErrorAnswerTakesItsPlace() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/events/e1");
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet failing = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
                res.setStatus(200);
                res.getOutputStream().write("{\"items\": [".getBytes(StandardCharsets.UTF_8));
                throw new IllegalStateException("the read failed half-way");
            }
        };

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> filter.doFilter(request, response, new MockFilterChain(failing)))
                .hasMessage("the read failed half-way");
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("ETag")).isNull();
        assertThat(response.isCommitted()).isFalse();
    }

    private MockHttpServletResponse answer(String method, String ifNoneMatch, int status, String versionTag, String body)
            throws Exception {
        return answer(method, ifNoneMatch, status, versionTag, body, null);
    }

    private MockHttpServletResponse answer(String method, String ifNoneMatch, int status, String versionTag, String body,
                                           String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/events/e1");
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        if (ifNoneMatch != null) {
            request.addHeader("If-None-Match", ifNoneMatch);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet controller = new HttpServlet() {
            @Override
            protected void service(HttpServletRequest req, HttpServletResponse res) throws java.io.IOException {
                res.setStatus(status);
                res.setContentType("application/json");
                if (versionTag != null) {
                    res.setHeader("ETag", versionTag);
                }
                res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            }
        };
        filter.doFilter(request, response, new MockFilterChain(controller));
        return response;
    }
}
