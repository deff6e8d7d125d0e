package jp.kizuna.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    void theSameNameAndPhoneWrittenDifferentlyIsOneContact() {
        String asTyped = PersonKeys.contactKey("会津 ハナコ", "0242-39-1111");

        assertThat(PersonKeys.contactKey("会津　はなこ", "０２４２－３９－１１１１")).isEqualTo(asTyped);
        assertThat(PersonKeys.contactKey("会津ﾊﾅｺ", "0242 39 1111")).isEqualTo(asTyped);
        assertThat(PersonKeys.contactKey("会津はなこ", "0242(39)1111")).isEqualTo(asTyped);
        assertThat(PersonKeys.contactKey("会津はなこ", "（0242）39-1111")).isEqualTo(asTyped);
    }

    @Test
    void anotherPhoneOrAnotherNameIsAnotherContact() {
        String hanako = PersonKeys.contactKey("会津花子", "0242-39-1111");

        assertThat(PersonKeys.contactKey("会津花子", "0242-39-2222")).isNotEqualTo(hanako);
        assertThat(PersonKeys.contactKey("会津華子", "0242-39-1111")).isNotEqualTo(hanako);
        assertThat(PersonKeys.contactKey("会津花子", null)).isNotEqualTo(hanako).isEqualTo(PersonKeys.contactKey("会津 花子", ""));
    }

    @Test
    void theKeysOfTheUniqueIndexNeverCollideAcrossKinds() {
        assertThat(PersonKeys.account("x")).isNotEqualTo(PersonKeys.contact("x")).isNotEqualTo(PersonKeys.entry("x"))
                .isNotEqualTo(PersonKeys.cancelled("x"));
        assertThat(PersonKeys.entry("x")).isNotEqualTo(PersonKeys.cancelled("x"));
    }
}
