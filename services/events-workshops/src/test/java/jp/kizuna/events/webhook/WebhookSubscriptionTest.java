package jp.kizuna.events.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jp.kizuna.platform.contracts.EventTypes;
import org.junit.jupiter.api.Test;

class WebhookSubscriptionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static WebhookSubscription subscription(boolean active) {
        return WebhookSubscription.create("whs_1", "minato", "https://minato.example/hooks", List.of(EventTypes.EVENT_PUBLISHED),
                "受付システム", active, "whsec_old", NOW, "partner-minato", "湊 健一");
    }

    @Test
    void bothSecretsSignDuringTheOverlapAndOnlyTheNewOneAfterIt() {
        WebhookSubscription subscription = subscription(true);
        subscription.rotate("whsec_new", Duration.ofHours(24), NOW);

        assertThat(subscription.signingSecrets(NOW.plus(Duration.ofHours(23)))).containsExactly("whsec_new", "whsec_old");
        assertThat(subscription.signingSecrets(NOW.plus(Duration.ofHours(24)))).containsExactly("whsec_new");
    }

    @Test
    void aRotationWithoutOverlapStopsTheOldSecretAtOnce() {
        WebhookSubscription subscription = subscription(true);
        subscription.rotate("whsec_new", Duration.ZERO, NOW);

        assertThat(subscription.signingSecrets(NOW)).containsExactly("whsec_new");
        assertThat(subscription.secrets()).hasSize(1);
    }

    @Test
    void aSecondRotationKeepsTheFirstOldSecretsExpiryAndDropsWhatExpired() {
        WebhookSubscription subscription = subscription(true);
        subscription.rotate("whsec_second", Duration.ofHours(1), NOW);
        subscription.rotate("whsec_third", Duration.ofHours(24), NOW.plus(Duration.ofMinutes(30)));

        assertThat(subscription.signingSecrets(NOW.plus(Duration.ofMinutes(45)))).containsExactly("whsec_third", "whsec_second", "whsec_old");
        assertThat(subscription.signingSecrets(NOW.plus(Duration.ofHours(2)))).containsExactly("whsec_third", "whsec_second");
    }

    @Test
    void resumingClearsThePauseAndTheRunOfFailures() {
        WebhookSubscription subscription = subscription(false);
        assertThat(subscription.pause()).isNotNull();

        boolean changed = subscription.change(subscription.url(), subscription.eventTypes(), subscription.description(), true, NOW);

        assertThat(changed).isTrue();
        assertThat(subscription.status()).isEqualTo(WebhookSubscription.Status.ACTIVE);
        assertThat(subscription.pause()).isNull();
        assertThat(subscription.failingSince()).isNull();
    }

    @Test
    void theSameSettingsAgainChangeNothing() {
        WebhookSubscription subscription = subscription(true);

        assertThat(subscription.change(subscription.url(), subscription.eventTypes(), subscription.description(), true,
                NOW.plusSeconds(60))).isFalse();
        assertThat(subscription.changedAt()).isEqualTo(NOW);
    }
}
