package jp.kizuna.platform.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TraceContextTest {

    static final String CLIENT_TRACE = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void aValidTraceKeepsItsTraceIdAndFlagsAndGetsANewParent() {
        TraceContext hop = TraceContext.continueOrStart(CLIENT_TRACE, "npo-sync-42");

        assertThat(hop.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(hop.flags()).isEqualTo("01");
        assertThat(hop.parentId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(hop.traceparent()).matches("00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01");
        assertThat(hop.requestId()).isEqualTo("npo-sync-42");
    }

    @Test
    void anUnsampledTraceStaysUnsampled() {
        TraceContext hop = TraceContext.continueOrStart("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00", null);

        assertThat(hop.traceparent()).endsWith("-00");
    }

    @Test
    void aMissingOrMalformedTraceIsStartedAfresh() {
        for (String header : new String[] {null, "", "00-xyz-01", "01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
                "00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01",
                "00-00000000000000000000000000000000-00f067aa0ba902b7-01",
                "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01"}) {
            TraceContext hop = TraceContext.continueOrStart(header, null);

            assertThat(hop.traceparent()).as(header).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
            assertThat(hop.traceId()).as(header).isNotEqualTo("4bf92f3577b34da6a3ce929d0e0e4736")
                    .isNotEqualTo("0".repeat(32));
        }
    }

    @Test
    void theServicesReadTheTraceIdOfWhatTheGatewaySends() {
        TraceContext hop = TraceContext.continueOrStart(null, null);

        assertThat(TraceContext.traceIdOf(hop.traceparent())).contains(hop.traceId());
        assertThat(TraceContext.traceIdOf(" " + CLIENT_TRACE + " ")).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void aMalformedTraceHasNoTraceId() {
        assertThat(TraceContext.traceIdOf(null)).isEmpty();
        assertThat(TraceContext.traceIdOf("00-xyz-01")).isEmpty();
        assertThat(TraceContext.traceIdOf("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
    }

    @Test
    void aShortPlainRequestIdIsKept() {
        assertThat(TraceContext.requestIdOrNew("npo-sync-42")).isEqualTo("npo-sync-42");
        assertThat(TraceContext.requestIdOrNew("a".repeat(64))).isEqualTo("a".repeat(64));
        assertThat(TraceContext.requestIdOrNew("batch:2026.12_01")).isEqualTo("batch:2026.12_01");
    }

    @Test
    void aMissingLongOrUnplainRequestIdIsReplacedByAUuid() {
        String uuid = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";
        assertThat(TraceContext.requestIdOrNew(null)).matches(uuid);
        assertThat(TraceContext.requestIdOrNew("")).matches(uuid);
        assertThat(TraceContext.requestIdOrNew("a".repeat(65))).matches(uuid);
        assertThat(TraceContext.requestIdOrNew("has spaces")).matches(uuid);
        assertThat(TraceContext.requestIdOrNew("line\nbreak")).matches(uuid);
    }

    @Test
    void newRequestIdsAreVersion4UuidsThatDoNotRepeat() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            java.util.UUID id = java.util.UUID.fromString(TraceContext.requestIdOrNew(null));
            assertThat(id.version()).isEqualTo(4);
            assertThat(id.variant()).isEqualTo(2);
            seen.add(id.toString());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void workThatIsNotACallContinuesTheTraceWithoutARequestId() {
        TraceContext consumed = TraceContext.continueOrStart(CLIENT_TRACE);

        assertThat(consumed.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(consumed.flags()).isEqualTo("01");
        assertThat(consumed.parentId()).matches("[0-9a-f]{16}").isNotEqualTo("00f067aa0ba902b7");
        assertThat(consumed.requestId()).isNull();
        assertThat(TraceContext.continueOrStart(null).traceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
    }
}
