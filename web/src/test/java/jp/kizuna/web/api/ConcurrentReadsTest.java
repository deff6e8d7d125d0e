package jp.kizuna.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

class ConcurrentReadsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    /** An anonymous visitor's page in English (a signed-in person's token: PageReadsIT, with a real sign-in). */
    private final CallHeaders headers = new CallHeaders(
            new PersonTokens(request -> {
                throw new AssertionError("an anonymous visitor has no token to authorize");
            }),
            new FixedLocaleResolver(Locale.ENGLISH));

    private ConcurrentReads concurrently = new ConcurrentReads(headers, 8, PATIENCE);

    @BeforeEach
    void aPage() {
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/organizations/minato");
        page.setRemoteAddr("203.0.113.7");
        page.addHeader("X-Request-Id", "req-42");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(page, new MockHttpServletResponse()));
    }

    @AfterEach
    void pageDone() {
        RequestContextHolder.resetRequestAttributes();
        concurrently.close();
    }

    @Test
    void makesThePagesReadsAtTheSameTime() {
        CyclicBarrier bothUnderWay = new CyclicBarrier(2);
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            ConcurrentReads.Read<String> first = reads.start(() -> awaitOther(bothUnderWay, "first"));
            ConcurrentReads.Read<String> second = reads.start(() -> awaitOther(bothUnderWay, "second"));

            assertThat(first.join()).isEqualTo("first");
            assertThat(second.join()).isEqualTo("second");
        }
    }

    @Test
    void eachReadGoesWithTheHeadersOfThePageThatStartedIt() {
        AtomicReference<CallHeaders.Captured> seen = new AtomicReference<>();
        AtomicReference<Object> requestOnItsThread = new AtomicReference<>("unset");
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            reads.start(() -> {
                seen.set(headers.current());
                requestOnItsThread.set(RequestContextHolder.getRequestAttributes());
                return null;
            }).join();
        }

        assertThat(seen.get()).isEqualTo(new CallHeaders.Captured(null, "en", "203.0.113.7", "req-42"));
        assertThat(requestOnItsThread.get()).as("the page's request stays on the page's thread").isNull();
    }

    @Test
    void aReadThrowsWhatItsCallThrew() {
        ApiProblemException refused = new ApiProblemException(new ProblemDocument("urn:kizuna:problem:conflict", "conflict",
                409, "The event is full.", null, null));
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            ConcurrentReads.Read<String> read = reads.start(() -> {
                throw refused;
            });

            assertThatThrownBy(read::join).isSameAs(refused);
        }
    }

    @Test
    void theFirstFailedReadInTheOrderThePageJoinsThemDecidesThePage() {
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            ConcurrentReads.Read<Optional<String>> organization = reads.start(Optional::empty);
            ConcurrentReads.Read<String> placements = reads.start(() -> {
                throw new ApiUnavailableException("the API did not answer", null);
            });

            assertThat(organization.join()).isEmpty();
            assertThatThrownBy(placements::join).isInstanceOf(ApiUnavailableException.class);
        }
    }

    @Test
    void aReadThatTakesLongerThanItsCallMayIsTheApiNotAnswering() throws InterruptedException {
        concurrently = new ConcurrentReads(headers, 8, Duration.ofMillis(200));
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            ConcurrentReads.Read<String> silent = reads.start(() -> sleepUntilInterrupted(interrupted));

            assertThatThrownBy(silent::join).isInstanceOf(ApiUnavailableException.class);
        }
        assertThat(interrupted.await(5, TimeUnit.SECONDS)).as("the call given up is cancelled").isTrue();
    }

    @Test
    void aReadThatFindsNoThreadFreeIsMadeAtOnceOnThePagesThread() {
        concurrently = new ConcurrentReads(headers, 1, PATIENCE);
        CountDownLatch release = new CountDownLatch(1);
        Thread page = Thread.currentThread();
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            ConcurrentReads.Read<Thread> busy = reads.start(() -> {
                await(release);
                return Thread.currentThread();
            });
            AtomicReference<CallHeaders.Captured> seen = new AtomicReference<>();
            ConcurrentReads.Read<Thread> inline = reads.start(() -> {
                seen.set(headers.current());
                return Thread.currentThread();
            });

            assertThat(inline.join()).isSameAs(page);
            assertThat(seen.get().requestId()).isEqualTo("req-42");
            release.countDown();
            assertThat(busy.join()).isNotSameAs(page);
        }
    }

    @Test
    void readsThePageNoLongerWaitsForAreCancelled() throws InterruptedException {
        CountDownLatch underWay = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        try (ConcurrentReads.Reads reads = concurrently.begin()) {
            reads.start(() -> {
                underWay.countDown();
                return sleepUntilInterrupted(interrupted);
            });
            assertThat(underWay.await(5, TimeUnit.SECONDS)).isTrue();
        }

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static String awaitOther(CyclicBarrier barrier, String answer) {
        try {
            barrier.await(5, TimeUnit.SECONDS);
            return answer;
        } catch (Exception e) {
            throw new AssertionError("the other read was not under way at the same time", e);
        }
    }

    private static String sleepUntilInterrupted(CountDownLatch interrupted) {
        try {
            Thread.sleep(Duration.ofSeconds(30));
            return "too late";
        } catch (InterruptedException e) {
            interrupted.countDown();
            throw new ApiUnavailableException("cancelled", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
