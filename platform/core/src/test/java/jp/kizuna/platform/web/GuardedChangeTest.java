package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jp.kizuna.platform.security.Actor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Load, compare the version the caller read, change, save: a refused change stores nothing. */
class GuardedChangeTest {

    private static final Instant NOW = Instant.parse("2026-04-01T00:00:00Z");

    private final Map<String, Note> stored = new HashMap<>();
    private final List<Note> saved = new ArrayList<>();
    private final GuardedChange<Note> guarded = new GuardedChange<>(this::load, Note::version, this::save,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void clearContext() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void appliesTheChangeByTheCallerAtTheClocksTimeAndSavesIt() {
        stored.put("n1", new Note("n1", 3L));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "staff-1", null, AuthorityUtils.createAuthorityList("ROLE_city-staff")));

        Note result = guarded.apply("n1", new IfMatch(3), (note, by, now) -> note.edit("新しい本文", by, now));

        assertThat(saved).containsExactly(result);
        assertThat(result.text).isEqualTo("新しい本文");
        assertThat(result.by).isEqualTo(new Actor("staff-1", "staff-1"));
        assertThat(result.at).isEqualTo(NOW);
    }

    @Test
    void anUnknownIdIsTheLoadersAnswer() {
        assertThatThrownBy(() -> guarded.apply("missing", new IfMatch(0), (note, by, now) -> note.edit("x", by, now)))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThat(saved).isEmpty();
    }

    @Test
    void aVersionThatMovedOnIs412AndTheChangeIsNeitherAppliedNorSaved() {
        Note note = new Note("n1", 4L);
        stored.put("n1", note);

        assertThatThrownBy(() -> guarded.apply("n1", new IfMatch(3), (n, by, now) -> n.edit("x", by, now)))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED);
                    assertThat(problem.getMessage()).isEqualTo(IfMatch.stale().getMessage());
                });
        assertThat(note.text).isNull();
        assertThat(saved).isEmpty();
    }

    @Test
    void aChangeTheResourceRefusesSavesNothing() {
        stored.put("n1", new Note("n1", 1L));

        assertThatThrownBy(() -> guarded.apply("n1", new IfMatch(1), (note, by, now) -> {
            throw ProblemException.ruleViolated("閉じたメモは変更できません。");
        })).isInstanceOf(ProblemException.class);
        assertThat(saved).isEmpty();
    }

    @Test
    void aResourceTheUseCaseLoadedAndCheckedItselfIsGuardedTheSameWay() {
        Note note = new Note("n1", 2L);

        assertThatThrownBy(() -> guarded.apply(note, new IfMatch(1), (n, by, now) -> n.edit("x", by, now)))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
        assertThat(guarded.apply(note, new IfMatch(2), (n, by, now) -> n.edit("y", by, now)).text).isEqualTo("y");
        assertThat(saved).containsExactly(note);
    }

    private Note load(String id) {
        Note note = stored.get(id);
        if (note == null) {
            throw ProblemException.notFound("Note", id);
        }
        return note;
    }

    private Note save(Note note) {
        saved.add(note);
        return note;
    }

    private static final class Note {
        private final String id;
        private final Long version;
        private String text;
        private Actor by;
        private Instant at;

        Note(String id, Long version) {
            this.id = id;
            this.version = version;
        }

        Long version() {
            return version;
        }

        void edit(String text, Actor by, Instant at) {
            this.text = text;
            this.by = by;
            this.at = at;
        }

        @Override
        public String toString() {
            return "Note " + id;
        }
    }
}
