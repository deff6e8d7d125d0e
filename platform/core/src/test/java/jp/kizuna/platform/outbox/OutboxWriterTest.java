package jp.kizuna.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jp.kizuna.platform.contracts.TraceContext;
import jp.kizuna.platform.events.IntegrationEvent;
import jp.kizuna.platform.tracing.CurrentTrace;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import tools.jackson.databind.json.JsonMapper;

/** The events an aggregate raised go into its outbox with the trace of the work that raised them. */
class OutboxWriterTest {

    record Renamed(String aggregateId, String name) implements IntegrationEvent {
        @Override
        public String topic() {
            return "kizuna.registry.organization.v1";
        }

        @Override
        public String eventType() {
            return "jp.kizuna.registry.organization.updated.v1";
        }
    }

    static class Organization extends AggregateRoot {
        void rename(String name) {
            raise(new Renamed("org-1", name));
        }
    }

    @SuppressWarnings("unchecked")
    final OutboxWriter writer = new OutboxWriter(JsonMapper.builder().build(),
            Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC), mock(ObjectProvider.class));

    @Test
    void anEventRaisedDuringACallCarriesTheServicesHopOfItsTrace() {
        Organization organization = new Organization();
        organization.rename("みなと地区まちづくり協議会");
        TraceContext call = TraceContext.continueOrStart("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", null);

        try (CurrentTrace.Scope ignored = CurrentTrace.enter(call)) {
            writer.onBeforeConvert(organization, "organizations");
        }

        assertThat(organization.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.traceparent()).isEqualTo(call.traceparent()));
    }

    @Test
    void anEventRaisedOutsideAnyTraceCarriesNone() {
        Organization organization = new Organization();
        organization.rename("みなと地区まちづくり協議会");

        writer.onBeforeConvert(organization, "organizations");

        assertThat(organization.pendingEvents()).singleElement()
                .satisfies(event -> assertThat(event.traceparent()).isNull());
    }
}
