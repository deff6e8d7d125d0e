package jp.kizuna.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jp.kizuna.platform.events.CloudEventCodec;
import jp.kizuna.platform.events.MalformedEventException;
import jp.kizuna.platform.events.OutboxEvent;
import jp.kizuna.platform.events.ReceivedEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.json.JsonMapper;

/** A read model's subscription: decode, pass over the types it does not read, read the data, apply once. */
class TypedSubscriptionTest {

    static final String TOPIC = "kizuna.registry.organization.v1";
    static final String REGISTERED = "jp.kizuna.registry.organization.registered.v1";
    static final String UPDATED = "jp.kizuna.registry.organization.updated.v1";
    static final String OTHER = "jp.kizuna.registry.organization.merged.v2";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record View(String organizationId, String name) {
    }

    final SequencedProjections projections = mock(SequencedProjections.class);
    final TypedSubscription<View> subscription = new TypedSubscription<>(projections, JsonMapper.builder().build(),
            "registry_organizations", Set.of(REGISTERED, UPDATED), View.class, TypedSubscriptionTest::effect);

    static Update effect(ReceivedEvent event, View view) {
        if (view.name() == null || !event.subject().equals(view.organizationId())) {
            throw new MalformedEventException("organization event " + event.id() + " carries no state for its subject");
        }
        return new Update().set("name", view.name());
    }

    static ConsumerRecord<String, byte[]> record(String type, long sequence, String data) {
        ProducerRecord<String, byte[]> produced = new CloudEventCodec(URI.create("/kizuna/organization-registry"))
                .encode(new OutboxEvent("ev-" + sequence, TOPIC, "org-1", type, sequence,
                        Instant.parse("2026-04-01T00:00:00Z"), data));
        return new ConsumerRecord<>(TOPIC, 0, sequence, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                -1, -1, produced.key(), produced.value(), produced.headers(), Optional.empty());
    }

    @Test
    void appliesAnEventOfASubscribedTypeWithTheEffectOfItsDataToItsAggregatesDocument() {
        when(projections.apply(anyString(), any(), any())).thenReturn(true);

        var outcome = subscription.accept(record(UPDATED, 2, "{\"organizationId\":\"org-1\",\"name\":\"みなと地区まちづくり協議会\",\"since\":2019}"));

        ArgumentCaptor<ReceivedEvent> event = ArgumentCaptor.forClass(ReceivedEvent.class);
        ArgumentCaptor<Update> update = ArgumentCaptor.forClass(Update.class);
        verify(projections).apply(eq("registry_organizations"), event.capture(), update.capture());
        assertThat(outcome).isEqualTo(TypedSubscription.Outcome.APPLIED);
        assertThat(event.getValue().subject()).isEqualTo("org-1");
        assertThat(event.getValue().sequence()).isEqualTo(2);
        assertThat(update.getValue().getUpdateObject().get("$set", Document.class))
                .containsEntry("name", "みなと地区まちづくり協議会");
    }

    @Test
    void reportsARedeliveryThatTheDocumentHadAlreadyAppliedAsAlreadyApplied() {
        when(projections.apply(anyString(), any(), any())).thenReturn(false);

        var outcome = subscription.accept(record(REGISTERED, 1, "{\"organizationId\":\"org-1\",\"name\":\"湊町内会\"}"));

        assertThat(outcome).isEqualTo(TypedSubscription.Outcome.ALREADY_APPLIED);
    }

    @Test
    void passesOverATypeItDoesNotReadWithoutReadingItsData() {
        var outcome = subscription.accept(record(OTHER, 3, "[\"not the view\"]"));

        assertThat(outcome).isEqualTo(TypedSubscription.Outcome.IGNORED);
        verify(projections, never()).apply(anyString(), any(), any());
    }

    @Test
    void refusesARecordThatIsNotACloudEventAsMalformedSoThatItGoesToTheDeadLettersAtOnce() {
        var notACloudEvent = new ConsumerRecord<>(TOPIC, 0, 7L, ConsumerRecord.NO_TIMESTAMP, TimestampType.NO_TIMESTAMP_TYPE,
                -1, -1, "org-1", "{}".getBytes(), new RecordHeaders(), Optional.<Integer>empty());

        assertThatThrownBy(() -> subscription.accept(notACloudEvent)).isInstanceOf(MalformedEventException.class);
        verify(projections, never()).apply(anyString(), any(), any());
    }

    @Test
    void refusesDataThatDoesNotFitTheViewAsMalformed() {
        assertThatThrownBy(() -> subscription.accept(record(UPDATED, 4, "[\"not the view\"]")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("does not fit View");
        verify(projections, never()).apply(anyString(), any(), any());
    }

    @Test
    void refusesDataTheEffectFindsLackingAsMalformedAndAppliesNothing() {
        assertThatThrownBy(() -> subscription.accept(record(UPDATED, 5, "{\"organizationId\":\"org-2\",\"name\":\"湊町内会\"}")))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("carries no state for its subject");
        verify(projections, never()).apply(anyString(), any(), any());
    }
}
