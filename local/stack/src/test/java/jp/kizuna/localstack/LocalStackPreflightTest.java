package jp.kizuna.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintStream;
import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `make run` refuses to half-start: it checks for an earlier run and for taken ports first. */
class LocalStackPreflightTest {

    @TempDir
    Path dataDir;

    LocalStack stackOnFreePorts(Map<String, String> extra) throws Exception {
        Map<String, String> env = new HashMap<>();
        for (String variable : StackSettings.DEFAULT_PORTS.keySet()) {
            try (ServerSocket socket = new ServerSocket(0)) {
                env.put(variable, Integer.toString(socket.getLocalPort()));
            }
        }
        env.put("KIZUNA_DATA_DIR", dataDir.toString());
        env.putAll(extra);
        return new LocalStack(StackSettings.fromEnvironment(dataDir.resolve("no-checkout"), env));
    }

    PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream());
    }

    @Test
    void refusesToStartWhenAPortIsTakenAndNamesTheVariableThatMovesIt() throws Exception {
        try (ServerSocket occupied = new ServerSocket()) {
            occupied.bind(new InetSocketAddress("127.0.0.1", 0));
            LocalStack stack = stackOnFreePorts(Map.of("GATEWAY_PORT", Integer.toString(occupied.getLocalPort())));

            assertThatThrownBy(() -> stack.start(quiet()))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("port " + occupied.getLocalPort())
                    .hasMessageContaining("GATEWAY_PORT");
        }
        assertThat(Files.exists(dataDir.resolve("logs"))).as("nothing was started").isFalse();
    }

    @Test
    void refusesToStartTwiceFromTheSameDataDirectory() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of());
        Files.createDirectories(dataDir.resolve("run"));
        // This test JVM is a live Java process, as the first run's gateway would be.
        Files.writeString(dataDir.resolve("run/gateway.pid"), Long.toString(ProcessHandle.current().pid()));

        assertThatThrownBy(() -> stack.start(quiet()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("already running")
                .hasMessageContaining("make stop");
    }

    @Test
    void saysWhatToBuildWhenTheJarsAreMissing() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of());

        assertThatThrownBy(() -> stack.start(quiet()))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("make build");
    }

    @Test
    void startsEachComponentAsSoonAsWhatItNeedsToStartIsReady() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of());

        assertThat(stack.startDependencies())
                .containsEntry(LocalStack.KAFKA, List.of())
                .containsEntry(LocalStack.MONGODB, List.of())
                .containsEntry(LocalStack.AUTH, List.of(LocalStack.MONGODB))
                .containsEntry(LocalStack.REGISTRY, List.of(LocalStack.KAFKA, LocalStack.MONGODB))
                .containsEntry(LocalStack.EVENTS, List.of(LocalStack.KAFKA, LocalStack.MONGODB))
                .containsEntry(LocalStack.GATEWAY, List.of(LocalStack.KAFKA, LocalStack.REGISTRY, LocalStack.KPI,
                        LocalStack.SUBSIDY, LocalStack.EVENTS))
                .containsEntry(LocalStack.WEB, List.of(LocalStack.AUTH));
    }

    @Test
    void nothingWaitsForAnExternalKafkaOrMongoDb() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of("MONGODB_URI", "mongodb://db.example:27017",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092"));

        assertThat(stack.startDependencies().get(LocalStack.AUTH)).isEmpty();
        assertThat(stack.startDependencies().get(LocalStack.KPI)).isEmpty();
        assertThat(stack.startDependencies().get(LocalStack.WEB)).containsExactly(LocalStack.AUTH);
    }

    @Test
    void aComponentThatCannotStartStopsTheWholeStartAndNoReadyTimeIsReported() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of());

        assertThatThrownBy(() -> stack.start(quiet())).isInstanceOf(StackException.class);
        assertThat(stack.readyTimes()).isEmpty();
        assertThat(stack.components()).noneMatch(ManagedProcess::isAlive);
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThatThrownBy(() -> StackSettings.fromEnvironment(dataDir, Map.of("KAFKA_PORT", "nine")))
                .isInstanceOf(StackException.class)
                .hasMessageContaining("KAFKA_PORT=nine");
    }

    @Test
    void usesAnExternalMongoDbWhenOneIsConfigured() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of("MONGODB_URI", "mongodb://db.example:27017"));

        assertThat(stack.components()).extracting(ManagedProcess::name).doesNotContain(LocalStack.MONGODB);
        assertThat(stack.settings().mongoUri()).isEqualTo("mongodb://db.example:27017");
    }

    @Test
    void generatesOneClientSecretPerDataDirectoryAndKeepsIt() throws Exception {
        LocalStack stack = stackOnFreePorts(Map.of());
        String first = stack.clientSecret();

        assertThat(first).hasSize(48);
        assertThat(stackOnFreePorts(Map.of()).clientSecret()).isEqualTo(first);
    }

    @Test
    void aBusyMachineMayGiveTheComponentsLongerToBecomeReady() {
        assertThat(LocalStack.readySeconds(null)).isEqualTo(240);
        assertThat(LocalStack.readySeconds(" 600 ")).isEqualTo(600);
        assertThatThrownBy(() -> LocalStack.readySeconds("5")).hasMessageContaining("KIZUNA_STACK_READY_SECONDS");
        assertThatThrownBy(() -> LocalStack.readySeconds("soon")).hasMessageContaining("30 to 3600");
    }
}
