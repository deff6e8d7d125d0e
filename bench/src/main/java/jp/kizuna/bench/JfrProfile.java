package jp.kizuna.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Java Flight Recorder profile of one running component, taken with {@code jcmd} (the JDK's own
 * tool, beside the java that runs the bench) for the length of one load run, and what it says: the
 * CPU samples' stacks folded into a flame graph ({@link FlameGraph}) and the frames most samples were
 * in, by themselves and with what they called.
 */
final class JfrProfile {

    private static final String RECORDING = "kizuna-bench";
    private static final int STACK_DEPTH = 1024;

    private final long pid;
    private final Path file;

    private JfrProfile(long pid, Path file) {
        this.pid = pid;
        this.file = file;
    }

    /** Starts sampling the process with JFR's "profile" settings (a Java sample every 10 ms per thread). */
    static JfrProfile start(long pid, Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        try {
            // a request's stack through Spring's filters and Reactor's operators is deeper than JFR's default
            // of 64 frames, and a cut stack loses its outermost frames (the filters); settable only before
            // JFR first runs in that JVM, which is then kept
            jcmd(pid, "JFR.configure", "stackdepth=" + STACK_DEPTH);
        } catch (IOException alreadyConfigured) {
            // JFR already ran in that process: its depth stays what it was
        }
        jcmd(pid, "JFR.start", "name=" + RECORDING, "settings=profile");
        return new JfrProfile(pid, file);
    }

    /** Stops the recording and writes it to the file given at the start. */
    Path stop() throws IOException, InterruptedException {
        jcmd(pid, "JFR.stop", "name=" + RECORDING, "filename=" + file);
        return file;
    }

    /**
     * The CPU samples of a recording, each stack folded to one line (outermost frame first), counted;
     * a stack JFR cut short is left out (its outermost frames, where it would be folded in, are missing).
     */
    static Map<String, Long> foldedStacks(Path recording) throws IOException {
        Map<String, Long> folded = new LinkedHashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null
                    || event.getStackTrace().isTruncated()) {
                continue;
            }
            folded.merge(fold(event.getStackTrace()), 1L, Long::sum);
        }
        return folded;
    }

    private static String fold(RecordedStackTrace stack) {
        List<RecordedFrame> frames = stack.getFrames();
        StringBuilder line = new StringBuilder();
        for (int i = frames.size() - 1; i >= 0; i--) {
            RecordedFrame frame = frames.get(i);
            if (!line.isEmpty()) {
                line.append(';');
            }
            line.append(frame.getMethod().getType().getName()).append('.').append(frame.getMethod().getName());
        }
        return line.toString();
    }

    /**
     * The frames with the most samples: {@code self} where the sample was taken in the frame itself,
     * {@code total} where the frame was anywhere on the stack (counted once per sample), each as a share
     * of all samples.
     */
    static Map<String, Object> hotFrames(Map<String, Long> folded, int limit) {
        long samples = folded.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> self = new LinkedHashMap<>();
        Map<String, Long> total = new LinkedHashMap<>();
        folded.forEach((stack, count) -> {
            String[] frames = stack.split(";");
            self.merge(frames[frames.length - 1], count, Long::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String frame : frames) {
                if (seen.add(frame)) {
                    total.merge(frame, count, Long::sum);
                }
            }
        });
        Map<String, Object> hot = new LinkedHashMap<>();
        hot.put("samples", samples);
        hot.put("self", shares(self, samples, limit));
        hot.put("total", shares(total, samples, limit));
        return hot;
    }

    /**
     * Where the samples went, by concern: each sample counts for the concern of the frame nearest to where it
     * was taken (its innermost frame of any concern's packages or classes), so a filter that wraps the whole
     * request counts only for what it does itself; samples with no such frame are "other". The shares add up
     * to 100.
     */
    static Map<String, Double> sharesByConcern(Map<String, Long> folded, Map<String, List<String>> concerns) {
        long samples = folded.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Long> counts = new LinkedHashMap<>();
        concerns.keySet().forEach(concern -> counts.put(concern, 0L));
        counts.put("other", 0L);
        folded.forEach((stack, count) -> {
            String[] frames = stack.split(";");
            String owner = "other";
            search:
            for (int i = frames.length - 1; i >= 0; i--) {
                for (Map.Entry<String, List<String>> concern : concerns.entrySet()) {
                    if (concern.getValue().stream().anyMatch(frames[i]::startsWith)) {
                        owner = concern.getKey();
                        break search;
                    }
                }
            }
            counts.merge(owner, count, Long::sum);
        });
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((concern, count) -> shares.put(concern, samples == 0 ? 0.0 : Math.round(count * 1000.0 / samples) / 10.0));
        return shares;
    }

    private static List<Map<String, Object>> shares(Map<String, Long> counts, long samples, int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(limit)
                .forEach(entry -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("frame", entry.getKey());
                    row.put("percent", samples == 0 ? 0.0 : Math.round(entry.getValue() * 1000.0 / samples) / 10.0);
                    rows.add(row);
                });
        return rows;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("jcmd " + String.join(" ", command) + " failed: " + output.strip());
        }
    }
}
