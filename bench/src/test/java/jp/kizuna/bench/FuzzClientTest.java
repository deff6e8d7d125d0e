package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** An answer read off a socket: status, every header by its lower-case name, the body put together from its chunks. */
class FuzzClientTest {

    @Test
    void aChunkedAnswerIsPutTogetherAndRepeatedHeadersAreKept() {
        String raw = "HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nX-Request-Id: a\r\n"
                + "x-request-id: b\r\nTransfer-Encoding: chunked\r\n\r\n7\r\n{\"type\"\r\n9\r\n: \"会\"}\r\n0\r\n\r\n";
        FuzzClient.Answer answer = FuzzClient.parse(raw.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).isEqualTo("application/problem+json");
        assertThat(answer.headers("X-Request-Id")).containsExactly("a", "b");
        assertThat(answer.json().path("type").asString()).isEqualTo("会");
    }

    @Test
    void anAnswerCutShortIsNoAnswer() {
        assertThat(FuzzClient.parse("HTTP/1.1 200 OK\r\nContent-".getBytes(StandardCharsets.ISO_8859_1)).status()).isEqualTo(-1);
    }
}
