package jp.kizuna.localauth.account;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Checks what a person gives about themselves before any account is opened: a display name others may
 * see (1–50 characters, {@link NameText}), an optional reading in kana (up to 100 hiragana or katakana;
 * half-width katakana is widened) and an e-mail address ({@link EmailAddress}). Reports every wrong field
 * at once.
 */
@Component
public class PersonPolicy {

    static final int MAX_DISPLAY_NAME = 50;
    static final int MAX_KANA_NAME = 100;

    public Person check(String displayName, String kanaName, String email) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = NameText.normalise(displayName);
        switch (NameText.check(name, MAX_DISPLAY_NAME)) {
            case EMPTY -> problems.add(FieldProblem.of("displayName", "problem.displayName.empty"));
            case TOO_LONG -> problems.add(FieldProblem.of("displayName", "problem.displayName.tooLong", MAX_DISPLAY_NAME));
            case FORBIDDEN_CHARACTER -> problems.add(FieldProblem.of("displayName", "problem.text.forbiddenCharacter",
                    NameText.firstForbidden(name).orElse("")));
            case OK -> { }
        }
        String kana = kana(kanaName, problems);
        Optional<EmailAddress> address = EmailAddress.parse(email);
        if (email == null || email.isBlank()) {
            problems.add(FieldProblem.of("email", "problem.email.empty"));
        } else if (address.isEmpty()) {
            problems.add(FieldProblem.of("email", "problem.email.malformed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new Person(name, kana, address.orElseThrow());
    }

    private static String kana(String typed, List<FieldProblem> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String kana = Normalizer.normalize(typed, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ");
        if (kana.codePointCount(0, kana.length()) > MAX_KANA_NAME) {
            problems.add(FieldProblem.of("kanaName", "problem.kanaName.tooLong", MAX_KANA_NAME));
        } else if (!kana.codePoints().allMatch(PersonPolicy::kanaCharacter)) {
            problems.add(FieldProblem.of("kanaName", "problem.kanaName.notKana"));
        }
        return kana;
    }

    private static boolean kanaCharacter(int codePoint) {
        return (codePoint >= 0x3041 && codePoint <= 0x3096)     // hiragana
                || (codePoint >= 0x309D && codePoint <= 0x309E) // ゝゞ
                || (codePoint >= 0x30A1 && codePoint <= 0x30FA) // katakana
                || (codePoint >= 0x30FB && codePoint <= 0x30FE) // ・ー ヽヾ
                || codePoint == ' ';
    }
}
