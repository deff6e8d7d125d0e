package jp.kizuna.localauth.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonPolicyTest {

    final PersonPolicy policy = new PersonPolicy();

    List<String> codes(String name, String kana, String email) {
        try {
            policy.check(name, kana, email);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems().stream().map(problem -> problem.field() + ":" + problem.code()).toList();
        }
    }

    @Test
    void acceptsAPersonAsTheyWriteThemselvesAndNormalisesTheAddress() {
        Person person = policy.check("  会津 花子  ", "ｱｲﾂﾞ ﾊﾅｺ", " Hanako.Aizu＠Example.JP ");

        assertThat(person.displayName()).isEqualTo("会津 花子");
        assertThat(person.kanaName()).isEqualTo("アイヅ ハナコ");
        assertThat(person.email().value()).isEqualTo("hanako.aizu@example.jp");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200B\u200C\u2060", "\u3000\u3000", "\uFEFF", "\u3164"})
    void refusesNamesThatAreEmptyOnceInvisibleCharactersAreRemoved(String invisible) {
        assertThat(codes(invisible, null, "a@example.jp")).singleElement().asString().startsWith("displayName:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202E", "\u202A", "\u2066", "\u2069", "\u200F", "\u0007", "\u0085", "\n"})
    void refusesControlAndBidirectionalCharactersInNames(String character) {
        assertThat(codes("会津" + character + "花子", null, "a@example.jp"))
                .containsExactly("displayName:problem.text.forbiddenCharacter");
    }

    @Test
    void keepsEmojiSequencesThatNeedTheZeroWidthJoiner() {
        assertThat(codes("花子 👩\u200D🌾", null, "a@example.jp")).isEmpty();
    }

    @Test
    void boundsTheLengths() {
        assertThat(codes("長".repeat(50), "あ".repeat(100), "a@example.jp")).isEmpty();
        assertThat(codes("長".repeat(51), "あ".repeat(101), "a@example.jp"))
                .containsExactly("displayName:problem.displayName.tooLong", "kanaName:problem.kanaName.tooLong");
        assertThat(codes("x", null, "a".repeat(65) + "@example.jp")).containsExactly("email:problem.email.malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "two@@example.jp", "dot.@example.jp", "a@example", "a@-example.jp", "a b@example.jp",
            "\"quoted\"@example.jp", "a@[127.0.0.1]"})
    void refusesMalformedAddresses(String address) {
        assertThat(codes("x", null, address)).containsExactly("email:problem.email.malformed");
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        assertThat(codes("", "hanako", "")).containsExactly("displayName:problem.displayName.empty",
                "kanaName:problem.kanaName.notKana", "email:problem.email.empty");
    }

    @Test
    void anEmailAddressValueIsAlwaysNormalised() {
        assertThatThrownBy(() -> new EmailAddress("Upper@Example.jp")).isInstanceOf(IllegalArgumentException.class);
    }
}
