package jp.kizuna.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Spring Boot application starts from the AOT cache the build made, and from its executable jar otherwise. */
class LocalStackAotCacheTest {

    @TempDir
    Path target;

    Path executableJar() throws Exception {
        Path jar = target.resolve("kizuna-gateway.jar");
        Files.writeString(jar, "executable");
        return jar;
    }

    void extractedWithCache(Instant cacheTime) throws Exception {
        Files.createDirectories(target.resolve("aot"));
        Files.writeString(target.resolve("aot/kizuna-gateway.jar"), "extracted");
        Path cache = target.resolve("aot/kizuna-gateway.aot");
        Files.writeString(cache, "cache");
        Files.setLastModifiedTime(cache, FileTime.from(cacheTime));
    }

    @Test
    void startsTheExtractedJarWithTheCacheWhenTheCacheIsNotOlderThanTheExecutableJar() throws Exception {
        Path jar = executableJar();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T10:00:00Z")));
        extractedWithCache(Instant.parse("2026-12-01T10:00:05Z"));

        assertThat(LocalStack.aotCache(jar)).hasValue(new LocalStack.AotCache(
                target.resolve("aot/kizuna-gateway.jar"), target.resolve("aot/kizuna-gateway.aot")));
    }

    @Test
    void startsTheExecutableJarWhenItWasBuiltAfterTheCache() throws Exception {
        Path jar = executableJar();
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-12-01T10:00:05Z")));
        extractedWithCache(Instant.parse("2026-12-01T10:00:00Z"));

        assertThat(LocalStack.aotCache(jar)).isEmpty();
    }

    @Test
    void startsTheExecutableJarWhenNoCacheWasMade() throws Exception {
        Path jar = executableJar();

        assertThat(LocalStack.aotCache(jar)).isEmpty();
        Files.createDirectories(target.resolve("aot"));
        Files.writeString(target.resolve("aot/kizuna-gateway.jar"), "extracted, but the training run was skipped");
        assertThat(LocalStack.aotCache(jar)).isEmpty();
    }

    @Test
    void anEnvironmentVariableReplacesTheDefaultJvmOptionsWholly() {
        assertThat(StackSettings.jvmOptions("  -Xmx1g   -XX:+UseG1GC ", StackSettings.SPRING_JVM_OPTIONS))
                .containsExactly("-Xmx1g", "-XX:+UseG1GC");
        assertThat(StackSettings.jvmOptions(" ", StackSettings.KAFKA_JVM_OPTIONS)).isEqualTo(StackSettings.KAFKA_JVM_OPTIONS);
        assertThat(StackSettings.jvmOptions(null, List.of("-Xmx64m"))).containsExactly("-Xmx64m");
    }
}
