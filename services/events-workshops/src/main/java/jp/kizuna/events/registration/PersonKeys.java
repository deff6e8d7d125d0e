package jp.kizuna.events.registration;

import java.text.Normalizer;

import jp.kizuna.platform.text.JapaneseSearchText;

/**
 * The keys that tell whether two sign-ups for an event are the same person. The per-event unique
 * index on {@code personKey} allows one active registration per key:
 * <ul>
 * <li>{@code account:<subject>} for a person signing up online: one registration per account;</li>
 * <li>{@code contact:<contact key>} for a phone or paper sign-up that staff entered: one per name
 *     and phone, so the same call entered twice (or by two staff members at once) takes one seat;</li>
 * <li>{@code entry:<id>} for one that staff entered knowingly although the same name and phone is
 *     registered ({@code allowDuplicate}), and {@code cancelled:<id>} once cancelled, which frees the
 *     person's key for a new sign-up.</li>
 * </ul>
 * The contact key is the name folded as search folds Japanese text (NFKC, katakana to hiragana,
 * full- and half-width alike, spaces and separators removed: 「アイヅ　ハナコ」 = 「あいづはなこ」) and the
 * phone's digits (「０２４２－３９－１１１１」 = 「0242 39 1111」 = 「0242(39)1111」).
 */
final class PersonKeys {

    private PersonKeys() {
    }

    static String account(String subject) {
        return "account:" + subject;
    }

    static String contact(String contactKey) {
        return "contact:" + contactKey;
    }

    static String entry(String registrationId) {
        return "entry:" + registrationId;
    }

    static String cancelled(String registrationId) {
        return "cancelled:" + registrationId;
    }

    /** The normalised name and phone of a registrant, e.g. {@code あいづはなこ|0242391111}. */
    static String contactKey(Registrant registrant) {
        return contactKey(registrant.name(), registrant.phone());
    }

    static String contactKey(String name, String phone) {
        return JapaneseSearchText.fold(name) + "|" + phoneDigits(phone);
    }

    static String phoneDigits(String phone) {
        if (phone == null) {
            return "";
        }
        return Normalizer.normalize(phone, Normalizer.Form.NFKC).replaceAll("[^0-9]", "");
    }
}
