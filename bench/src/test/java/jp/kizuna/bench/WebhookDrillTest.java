package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kizuna.bench.WebhookReceiver.Call;
import jp.kizuna.platform.contracts.EventTypes;
import org.junit.jupiter.api.Test;

/** The webhook drill's receiver and what it counts as a broken invariant. */
class WebhookDrillTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theDownReceiverAnswers503UntilItIsBroughtUpAndCountsOnlyWhatItAccepted() throws Exception {
        try (WebhookReceiver down = WebhookReceiver.down("down")) {
            assertThat(post(down, "id-1", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1)).isEqualTo(503);
            down.bringUp();
            assertThat(post(down, "id-1", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1)).isEqualTo(204);
            assertThat(post(down, "id-1", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1)).isEqualTo(204);

            assertThat(down.calls()).hasSize(3);
            assertThat(down.received()).singleElement().satisfies(call -> {
                assertThat(call.webhookId()).isEqualTo("id-1");
                assertThat(call.subject()).isEqualTo("r-1");
                assertThat(call.sequence()).isEqualTo(1);
            });
            assertThat(down.answeredBySubject(WebhookDrill::isRegistrationType)).containsOnlyKeys("r-1");
        }
    }

    @Test
    void everyEventOnceInOrderWithARetryOfTheSameIdBreaksNothing() {
        List<String> problems = new ArrayList<>();
        List<Call> calls = List.of(
                call("a", EventTypes.EVENT_PUBLISHED, "ev-1", 1, 204),
                call("b", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 503),
                call("b", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204),
                call("b", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204),
                call("c", EventTypes.EVENT_CHANGED, "ev-1", 2, 204));

        Map<String, Object> checked = WebhookDrill.check("fine", calls, new WebhookDrill.Expected(Set.of("r-1"), "ev-1", 1), problems);

        assertThat(problems).isEmpty();
        assertThat(checked).containsEntry("duplicates_same_webhook_id", 1L).containsEntry("events_received", 3);
    }

    @Test
    void aMissingSignUpALostChangeAReorderingAndAnIdForTwoEventsAreEachABrokenInvariant() {
        List<String> missing = new ArrayList<>();
        WebhookDrill.check("fine", List.of(call("a", EventTypes.EVENT_PUBLISHED, "ev-1", 1, 204)),
                new WebhookDrill.Expected(Set.of("r-1"), "ev-1", 0), missing);
        assertThat(missing).singleElement().asString().contains("1 of 1 sign-ups missing");

        List<String> lost = new ArrayList<>();
        WebhookDrill.check("fine", List.of(call("a", EventTypes.EVENT_PUBLISHED, "ev-1", 1, 204),
                call("c", EventTypes.EVENT_CHANGED, "ev-1", 3, 204)), new WebhookDrill.Expected(Set.of(), "ev-1", 1), lost);
        assertThat(lost).singleElement().asString().contains("1 gaps");

        List<String> reordered = new ArrayList<>();
        WebhookDrill.check("fine", List.of(call("b", EventTypes.REGISTRATION_CANCELLED, "r-1", 2, 204),
                call("a", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204)), new WebhookDrill.Expected(Set.of("r-1"), "ev-1", 0),
                reordered);
        assertThat(reordered).singleElement().asString().contains("1 out of order");

        List<String> reused = new ArrayList<>();
        WebhookDrill.check("fine", List.of(call("a", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204),
                call("a", EventTypes.REGISTRATION_CONFIRMED, "r-2", 1, 204)), new WebhookDrill.Expected(Set.of("r-1"), "ev-1", 0),
                reused);
        assertThat(reused).singleElement().asString().contains("1 webhook-ids not one per event");

        List<String> twoIds = new ArrayList<>();
        WebhookDrill.check("fine", List.of(call("a", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204),
                call("b", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1, 204)), new WebhookDrill.Expected(Set.of("r-1"), "ev-1", 0),
                twoIds);
        assertThat(twoIds).singleElement().asString().contains("1 webhook-ids not one per event");
    }

    @Test
    void theFineReceiverCountsAsServedBesideTheSlowOneOnlyForCallsAnsweredWhileASlowCallWasOpen() throws Exception {
        try (WebhookReceiver fine = WebhookReceiver.fine("fine"); WebhookReceiver slow = WebhookReceiver.slow("slow",
                java.time.Duration.ofMillis(600))) {
            assertThat(post(fine, "before", EventTypes.REGISTRATION_CONFIRMED, "r-0", 1)).isEqualTo(204);
            Thread slowCall = Thread.ofVirtual().start(() -> {
                try {
                    post(slow, "slow", EventTypes.REGISTRATION_CONFIRMED, "r-9", 1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(post(fine, "during", EventTypes.REGISTRATION_CONFIRMED, "r-1", 1)).isEqualTo(204);
            slowCall.join();

            assertThat(WebhookDrill.answeredDuring(fine, slow)).isEqualTo(1);
        }
    }

    private static Call call(String id, String type, String subject, long sequence, int status) {
        long now = System.nanoTime();
        return new Call(id, type, subject, sequence, status, now, now);
    }

    private static int post(WebhookReceiver receiver, String id, String type, String subject, long sequence) throws Exception {
        String body = """
                {"specversion": "1.0", "id": "%s", "type": "%s", "subject": "%s", "sequence": "%d"}"""
                .formatted(id, type, subject, sequence);
        return HTTP.send(HttpRequest.newBuilder(URI.create(receiver.url())).header("webhook-id", id)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
