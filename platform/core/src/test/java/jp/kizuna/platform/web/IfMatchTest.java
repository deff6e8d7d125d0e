package jp.kizuna.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class IfMatchTest {

    @Test
    void readsTheVersionOfATagThatCarriesTheHashOfTheBody() {
        assertThat(IfMatch.parse("\"7.Qx3_-aZ09bcdEFghIJklMN\"").version()).isEqualTo(7);
    }

    @Test
    void readsAPlainVersionTag() {
        assertThat(IfMatch.parse("\"3\"").version()).isEqualTo(3);
        assertThat(IfMatch.parse("3").version()).isEqualTo(3);
    }

    @Test
    void refusesAWeakTagWith412BecauseAWeakTagNeverMatchesStrongly() {
        assertThatThrownBy(() -> IfMatch.parse("W/\"3\""))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }

    @Test
    void asksForTheHeaderWith428WhenItIsMissing() {
        assertThatThrownBy(() -> IfMatch.parse(null))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
    }

    @Test
    void refusesATagWithoutAVersionAsMalformed() {
        assertThatThrownBy(() -> IfMatch.parse("\"Qx3_-aZ09bcdEFghIJklMN\""))
                .isInstanceOfSatisfying(ProblemException.class,
                        problem -> assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
