package jp.kizuna.web.page;

import java.util.List;

/**
 * A refusal as a page shows it: a message in the page's language, the API's own explanation (in English,
 * as the API writes it) and the fields it names.
 */
public record PageProblem(String message, String detail, List<String> fields) {

    public PageProblem {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
