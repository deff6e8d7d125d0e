package jp.kizuna.localauth.password;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import jp.kizuna.localauth.account.FieldProblem;
import org.springframework.stereotype.Component;

/**
 * What a new password must be, after NIST SP 800-63B-4 (§3.1.1.2): long enough (at least 15
 * characters, since a password is the only factor here; up to 128, any characters a person can type,
 * spaces included), not one of the commonest leaked passwords (also not with digits or symbols around it,
 * nor repeated), not a run or repetition ({@code aaaa…}, {@code 1234…}, {@code qwerty…}), and not made of
 * words of this context (the service's and the city's names, the person's own e-mail or name). No
 * composition rules: no demand for digits, capitals or symbols. Passwords are compared after NFKC, so
 * what a person types on a phone or a PC with an IME is the same password.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> SERVICE_WORDS = Set.of("kizuna", "aizu", "aizuwakamatsu", "wakamatsu",
            "tsurugajo", "password", "passw0rd", "letmein", "welcome");
    private static final List<String> KEYBOARD_WALKS = List.of(
            "1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp", "abcdefghijklmnopqrstuvwxyz");

    private final CommonPasswords common = CommonPasswords.load();

    /** The form a password is hashed and compared in. */
    public static String normalise(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFKC);
    }

    /**
     * @param field       the form field / JSON property the problems are reported for
     * @param contextWords the person's own words: their e-mail's local part, their display name
     * @return the problems, empty when the password is acceptable
     */
    public List<FieldProblem> check(String field, String password, List<String> contextWords) {
        List<FieldProblem> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(FieldProblem.of(field, "problem.password.empty"));
            return problems;
        }
        String normalised = normalise(password);
        int length = normalised.codePointCount(0, normalised.length());
        if (normalised.codePoints().anyMatch(Character::isISOControl)) {
            problems.add(FieldProblem.of(field, "problem.password.control"));
        } else if (length < MIN_LENGTH) {
            problems.add(FieldProblem.of(field, "problem.password.tooShort", MIN_LENGTH));
        } else if (length > MAX_LENGTH) {
            problems.add(FieldProblem.of(field, "problem.password.tooLong", MAX_LENGTH));
        } else {
            String lower = normalised.toLowerCase(Locale.ROOT);
            if (isCommon(lower)) {
                problems.add(FieldProblem.of(field, "problem.password.common"));
            } else if (isRunOrRepetition(lower)) {
                problems.add(FieldProblem.of(field, "problem.password.repetitive"));
            } else if (isMadeOfContextWords(lower, contextWords)) {
                problems.add(FieldProblem.of(field, "problem.password.contextual"));
            }
        }
        return problems;
    }

    private boolean isCommon(String lower) {
        return variants(lower).anyMatch(common::contains);
    }

    /** The password itself, without digits and symbols at its ends, and the unit it repeats, if any. */
    private static Stream<String> variants(String lower) {
        String core = core(lower);
        return Stream.of(lower, core, repeatedUnit(lower).orElse(lower), repeatedUnit(core).orElse(core))
                .filter(variant -> !variant.isEmpty()).distinct();
    }

    private static String core(String lower) {
        return lower.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
    }

    private static Optional<String> repeatedUnit(String text) {
        int n = text.length();
        for (int unit = 1; unit <= n / 2; unit++) {
            if (n % unit == 0 && text.substring(0, unit).repeat(n / unit).equals(text)) {
                return Optional.of(text.substring(0, unit));
            }
        }
        return Optional.empty();
    }

    private static boolean isRunOrRepetition(String lower) {
        if (repeatedUnit(lower).filter(unit -> unit.length() <= 5).isPresent()) {
            return true;
        }
        if (isSequence(lower, 1) || isSequence(lower, -1)) {
            return true;
        }
        String letters = lower.replaceAll("\\s", "");
        return KEYBOARD_WALKS.stream().anyMatch(walk -> isPartOfRepeated(letters, walk)
                || isPartOfRepeated(letters, new StringBuilder(walk).reverse().toString()));
    }

    /** Each character one after the other ({@code 0} follows {@code 9}). */
    private static boolean isSequence(String text, int step) {
        for (int i = 1; i < text.length(); i++) {
            char previous = text.charAt(i - 1);
            char current = text.charAt(i);
            boolean digits = Character.isDigit(previous) && Character.isDigit(current);
            int expected = digits ? '0' + Math.floorMod(previous - '0' + step, 10) : previous + step;
            if (current != expected) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPartOfRepeated(String text, String walk) {
        return walk.repeat(1 + text.length() / walk.length() + 1).contains(text);
    }

    private static boolean isMadeOfContextWords(String lower, List<String> contextWords) {
        List<String> words = Stream.concat(SERVICE_WORDS.stream(), contextWords.stream()
                        .filter(word -> word != null && word.codePointCount(0, word.length()) >= 3)
                        .map(word -> normalise(word).toLowerCase(Locale.ROOT).replaceAll("\\s", "")))
                .map(word -> word.replaceAll("[^\\p{L}]", ""))
                .filter(word -> !word.isEmpty())
                // longest first, so that a word is not broken up by a shorter one inside it
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList();
        String remaining = lower.replaceAll("[^\\p{L}]", "");
        if (remaining.isEmpty()) {
            return false;
        }
        for (String word : words) {
            remaining = remaining.replace(word, "");
        }
        return remaining.codePointCount(0, remaining.length()) < 4;
    }
}
