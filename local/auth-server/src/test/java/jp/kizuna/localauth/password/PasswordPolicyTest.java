package jp.kizuna.localauth.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jp.kizuna.localauth.account.FieldProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    List<String> codes(String password, String... context) {
        return policy.check("password", password, List.of(context)).stream().map(FieldProblem::code).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"aoi-sora-no-shita", "correct horse battery staple", "鶴ヶ城の桜が満開になりましたね",
            "Yuki ga futte kita", "おばあちゃんの梅干しは世界一だ"})
    void acceptsLongPassphrasesWithoutDigitsCapitalsOrSymbols(String passphrase) {
        assertThat(codes(passphrase)).isEmpty();
    }

    @Test
    void needsFifteenCharactersCountedAsAPersonSeesThem() {
        assertThat(codes("fourteen-chars")).containsExactly("problem.password.tooShort");
        assertThat(codes("鶴ヶ城の桜が満開になりまし")).containsExactly("problem.password.tooShort");
        assertThat(codes("a".repeat(10) + "b".repeat(119))).containsExactly("problem.password.tooLong");
    }

    @Test
    void refusesTheCommonestLeakedPasswordsAlsoPaddedOrRepeated() {
        assertThat(codes("1qaz2wsx3edc4rfv")).containsExactly("problem.password.common");
        assertThat(codes("iloveyou12345678")).containsExactly("problem.password.common");
        assertThat(codes("dragondragondragon")).containsExactly("problem.password.common");
        assertThat(codes("!!!sunshine2024!!!")).containsExactly("problem.password.common");
    }

    @Test
    void refusesRunsAndRepetitions() {
        assertThat(codes("aaaaaaaaaaaaaaaa")).containsExactly("problem.password.repetitive");
        assertThat(codes("1234567890123456")).containsExactly("problem.password.repetitive");
        assertThat(codes("abcdefghijklmnop")).containsExactly("problem.password.repetitive");
        assertThat(codes("xyzxyzxyzxyzxyz")).containsExactly("problem.password.repetitive");
        assertThat(codes("qwertyuiopqwertyuiop")).containsAnyOf("problem.password.repetitive", "problem.password.common");
    }

    @Test
    void refusesPasswordsMadeOfTheServicesTheCitysOrThePersonsOwnWords() {
        assertThat(codes("kizuna-kizuna-2024")).containsExactly("problem.password.contextual");
        assertThat(codes("aizuwakamatsu-2024")).containsExactly("problem.password.contextual");
        assertThat(codes("hanako.aizu.2024.x", "hanako.aizu", "会津 花子")).containsExactly("problem.password.contextual");
        assertThat(codes("hanako-no-niwa-ni-saku", "hanako", "会津 花子")).isEmpty();
    }

    @Test
    void comparesPasswordsAfterNfkcSoFullWidthTypingIsTheSamePassword() {
        assertThat(PasswordPolicy.normalise("ａｏｉ－ｓｏｒａ")).isEqualTo("aoi-sora");
        assertThat(codes("ｐａｓｓｗｏｒｄ１２３４５６７")).containsExactly("problem.password.common");
    }

    @Test
    void refusesControlCharacters() {
        assertThat(codes("a long passphrase\u0000with a nul")).containsExactly("problem.password.control");
    }

    @Test
    void theBlocklistHoldsTenThousandPasswords() {
        assertThat(CommonPasswords.load().size()).isBetween(9_900, 10_000);
    }
}
