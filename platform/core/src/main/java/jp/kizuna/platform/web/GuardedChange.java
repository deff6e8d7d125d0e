package jp.kizuna.platform.web;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jp.kizuna.platform.security.Actor;
import jp.kizuna.platform.security.CurrentCaller;

/**
 * "Check If-Match, change, save" for one kind of resource, the one way every service writes an existing
 * resource that a client names by the version it read:
 * <ol>
 *   <li>load it by id (the loader answers 404 for an unknown one, or for one the caller may not see);</li>
 *   <li>compare the version the caller read: 412 when the resource moved on since ({@link IfMatch#check});</li>
 *   <li>apply the change, with who is acting and when;</li>
 *   <li>save it with the version it was loaded at: a writer that saved in between makes the save fail,
 *       which {@link ProblemDetailsAdvice} answers 412 (the request named a version) or 409, and nothing of
 *       either change is lost.</li>
 * </ol>
 * A use case that must check the loaded resource first (whether the caller acts for its organization)
 * loads it itself and hands it to {@link #apply(Object, IfMatch, Change)}.
 *
 * @param <T> the resource, a document with an optimistic version
 */
public final class GuardedChange<T> {

    private final Function<String, T> load;
    private final Function<T, Long> version;
    private final UnaryOperator<T> save;
    private final Clock clock;

    /**
     * @param load    the resource by id, or a {@link ProblemException} (404)
     * @param version the version the resource was loaded at
     * @param save    the repository's save, which compares that version
     * @param clock   the time a change is made at
     */
    public GuardedChange(Function<String, T> load, Function<T, Long> version, UnaryOperator<T> save, Clock clock) {
        this.load = load;
        this.version = version;
        this.save = save;
        this.clock = clock;
    }

    /** Loads the resource, checks the caller's version, applies the change and saves it. */
    public T apply(String id, IfMatch ifMatch, Change<T> change) {
        return apply(load.apply(id), ifMatch, change);
    }

    /** Checks the caller's version of a resource the use case loaded (and checked), applies the change, saves. */
    public T apply(T resource, IfMatch ifMatch, Change<T> change) {
        ifMatch.check(version.apply(resource));
        change.apply(resource, CurrentCaller.current().actor(), clock.instant());
        return save.apply(resource);
    }

    /** What a use case does to the loaded resource; it fails (and nothing is saved) when the change is refused. */
    @FunctionalInterface
    public interface Change<T> {
        void apply(T resource, Actor by, Instant now);
    }
}
