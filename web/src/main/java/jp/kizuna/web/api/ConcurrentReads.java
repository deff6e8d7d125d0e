package jp.kizuna.web.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

import jp.kizuna.web.config.WebProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * A page's API reads that do not depend on one another, made at the same time instead of one after another, so
 * the page waits for its slowest read rather than for all of them added up.
 *
 * <pre>{@code
 * try (ConcurrentReads.Reads reads = concurrentReads.begin()) {
 *     Read<Organization> organization = reads.start(() -> register.one(id));
 *     Read<List<Placement>> placements = reads.start(() -> register.placementsOf(id));
 *     model.addAttribute("organization", organization.join());
 *     model.addAttribute("placements", placements.join());
 * }
 * }</pre>
 *
 * <ul>
 *   <li>The calls go with exactly the headers they would have had on the page's thread (the person's token,
 *   the language, the visitor's address, the request id): {@link #begin()} reads them there, once, refreshing the
 *   person's token first when it has run out (once for all the reads: refresh tokens rotate, and the issuer
 *   revokes a sign-in whose old refresh token is presented twice, docs/security.md), and each read carries them
 *   ({@link CallHeaders}). A read must only
 *   call the API: it runs on a thread of its own, where the page's request, session and security context are not.</li>
 *   <li>{@link Read#join()} answers what the read answered or throws what it threw ({@link ApiProblemException},
 *   {@link ApiUnavailableException} …), so a page that joins its reads in the order it used to make them fails
 *   exactly as it did: the first failed read in that order decides the page. A read that has not answered when
 *   its own call would have given up ({@link PublicApi#CONNECT_TIMEOUT} + {@code kizuna.web.api-timeout}) is the
 *   API not answering.</li>
 *   <li>At most {@code kizuna.web.concurrent-api-reads} reads of all pages run at once on threads of their own
 *   (virtual threads); a read that finds none free is made at once on the page's thread, so under a rush the
 *   pages fall back to reading one after another instead of queueing.</li>
 *   <li>Closing the reads abandons those the page did not join (it failed before it needed them): their calls
 *   are cancelled.</li>
 * </ul>
 */
@Component
public class ConcurrentReads implements AutoCloseable {

    private final CallHeaders headers;
    private final Semaphore free;
    private final Duration patience;
    private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("api-read-", 0).factory());

    @Autowired
    ConcurrentReads(CallHeaders headers, WebProperties properties) {
        this(headers, properties.concurrentApiReads(), PublicApi.CONNECT_TIMEOUT.plus(properties.apiTimeout()));
    }

    ConcurrentReads(CallHeaders headers, int atOnce, Duration patience) {
        if (atOnce < 1) {
            throw new IllegalArgumentException("kizuna.web.concurrent-api-reads must be 1 or more, not " + atOnce);
        }
        this.headers = headers;
        this.free = new Semaphore(atOnce);
        this.patience = patience;
    }

    /**
     * The reads of one page, on its thread: reads the headers their calls go with now.
     *
     * @throws SignInExpiredException when the person's sign-in can no longer be renewed
     */
    public Reads begin() {
        return new Reads(headers.current());
    }

    /** Ends the threads of the reads when the application stops. */
    @Override
    public void close() {
        threads.shutdownNow();
    }

    /** The reads a page started; close it when the page is done with them. */
    public final class Reads implements AutoCloseable {

        private final CallHeaders.Captured context;
        private final List<Read<?>> started = new ArrayList<>();

        private Reads(CallHeaders.Captured context) {
            this.context = context;
        }

        /** Starts the read now; its answer is {@link Read#join()}'s. */
        public <T> Read<T> start(Supplier<T> read) {
            Read<T> one = new Read<>(submit(read), patience);
            started.add(one);
            return one;
        }

        private <T> Future<T> submit(Supplier<T> read) {
            if (free.tryAcquire()) {
                try {
                    return threads.submit(() -> {
                        try {
                            return headers.carrying(context, read);
                        } finally {
                            free.release();
                        }
                    });
                } catch (RejectedExecutionException stopping) {
                    free.release();
                }
            }
            try {
                return CompletableFuture.completedFuture(headers.carrying(context, read));
            } catch (RuntimeException | Error failed) {
                return CompletableFuture.failedFuture(failed);
            }
        }

        /** Cancels the reads the page did not wait for. */
        @Override
        public void close() {
            started.forEach(Read::abandon);
        }
    }

    /** A read under way. */
    public static final class Read<T> {

        private final Future<T> answer;
        private final Duration patience;

        private Read(Future<T> answer, Duration patience) {
            this.answer = answer;
            this.patience = patience;
        }

        /** Waits for the read: its answer, or what it threw. */
        public T join() {
            try {
                return answer.get(patience.toNanos(), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException thrown) {
                    throw thrown;
                }
                if (e.getCause() instanceof Error thrown) {
                    throw thrown;
                }
                throw new IllegalStateException(e.getCause());
            } catch (TimeoutException e) {
                answer.cancel(true);
                throw new ApiUnavailableException("the API did not answer within " + patience, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                answer.cancel(true);
                throw new ApiUnavailableException("the page stopped waiting for the API", e);
            }
        }

        private void abandon() {
            answer.cancel(true);
        }
    }
}
