package jp.kizuna.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A profile of a running JVM (this one, through jcmd as the bench profiles the gateway): the samples'
 * stacks are folded outermost frame first and whole (deeper than JFR's default depth), the method that
 * burned the CPU is the hottest frame, and a
 * concern's share counts the samples whose stack holds one of its frames.
 */
class JfrProfileTest {

    @TempDir
    Path work;

    static volatile long sink;

    @Test
    void aProfileOfABusyMethodFindsThatMethodHottest() throws Exception {
        JfrProfile profile = JfrProfile.start(ProcessHandle.current().pid(), work.resolve("self.jfr"));
        long end = System.nanoTime() + 2_000_000_000L;
        while (System.nanoTime() < end) {
            deep(150);
        }
        Path recording = profile.stop();

        assertThat(recording).exists();
        Map<String, Long> folded = JfrProfile.foldedStacks(recording);
        assertThat(folded.keySet()).anyMatch(stack -> stack.contains("jp.kizuna.bench.JfrProfileTest.burn"));
        assertThat(folded.keySet()).allMatch(stack -> !stack.startsWith("jp.kizuna.bench.JfrProfileTest.burn"));
        // deeper than JFR's default of 64 frames, and kept whole: the test method is on the stack
        assertThat(folded.keySet()).filteredOn(stack -> stack.endsWith("JfrProfileTest.burn"))
                .allMatch(stack -> stack.contains("JfrProfileTest.aProfileOfABusyMethodFindsThatMethodHottest;"))
                .anyMatch(stack -> stack.split(";").length > 150);

        Map<String, Object> hot = JfrProfile.hotFrames(folded, 5);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> self = (List<Map<String, Object>>) hot.get("self");
        assertThat(self.getFirst().get("frame")).isEqualTo("jp.kizuna.bench.JfrProfileTest.burn");
        assertThat((Long) hot.get("samples")).isPositive();
    }

    private static void deep(int frames) {
        if (frames == 0) {
            burn();
        } else {
            deep(frames - 1);
        }
    }

    private static void burn() {
        long x = sink;
        for (int i = 0; i < 10_000; i++) {
            x = x * 31 + i;
        }
        sink = x;
    }

    @Test
    void theHottestFramesAreCountedByThemselvesAndOncePerSampleOnTheStack() {
        Map<String, Long> folded = Map.of(
                "a.Main.run;a.Work.loop;a.Work.loop;a.Parse.token", 6L,
                "a.Main.run;a.Log.write", 4L);

        Map<String, Object> hot = JfrProfile.hotFrames(folded, 10);

        assertThat(hot.get("samples")).isEqualTo(10L);
        assertThat(hot.get("self")).asList().first().isEqualTo(Map.of("frame", "a.Parse.token", "percent", 60.0));
        assertThat(hot.get("total")).asList().contains(Map.of("frame", "a.Work.loop", "percent", 60.0),
                Map.of("frame", "a.Main.run", "percent", 100.0));
    }

    @Test
    void eachSampleCountsForTheConcernNearestToWhereItWasTakenAndTheSharesAddUpToAHundred() {
        Map<String, Long> folded = Map.of(
                "a.Main.run;a.Filter.doFilter;com.nimbusds.jwt.Parse.run;com.nimbusds.jose.Verify.run", 3L,
                "a.Main.run;a.Filter.doFilter;ch.qos.logback.Appender.append", 1L,
                "a.Main.run;a.Filter.doFilter;a.Work.compute", 4L,
                "a.Main.run;a.Idle.wait", 2L);
        Map<String, List<String>> concerns = new java.util.LinkedHashMap<>();
        concerns.put("filter", List.of("a.Filter"));
        concerns.put("tokens", List.of("com.nimbusds"));
        concerns.put("logging", List.of("ch.qos.logback"));
        concerns.put("regex", List.of("java.util.regex"));

        Map<String, Double> shares = JfrProfile.sharesByConcern(folded, concerns);

        // the filter wraps the token check and the logging, but counts only for the work done in it
        assertThat(shares).containsEntry("tokens", 30.0).containsEntry("logging", 10.0).containsEntry("filter", 40.0)
                .containsEntry("regex", 0.0).containsEntry("other", 20.0);
        assertThat(shares.values().stream().mapToDouble(Double::doubleValue).sum()).isEqualTo(100.0);
    }

    @Test
    void aRecordingThatCannotBeStartedSaysWhy() {
        long noSuchProcess = Long.MAX_VALUE - 7;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JfrProfile.start(noSuchProcess, work.resolve("none.jfr")))
                .isInstanceOf(java.io.IOException.class).hasMessageContaining("JFR.start");
        assertThat(Files.exists(work.resolve("none.jfr"))).isFalse();
    }
}
