package jp.kizuna.localauth.api;

import jp.kizuna.localauth.account.FieldProblem;
import jp.kizuna.localauth.account.InvalidInputException;

/** The account API's query parameters, checked before any work: 400 naming the parameter otherwise. */
final class PageParameters {

    static final int MAX_PAGE = 100_000;
    static final int MAX_SEARCH = 100;

    private PageParameters() {
    }

    static int page(String value) {
        return number("page", value, 0, MAX_PAGE);
    }

    static int size(String value, int max) {
        return number("size", value, 1, max);
    }

    static String searchText(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        if (q.length() > MAX_SEARCH || q.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(FieldProblem.of("q", "problem.parameter.text", MAX_SEARCH));
        }
        return q;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        throw new InvalidInputException(FieldProblem.of(name, "problem.parameter.range", min, max));
    }
}
