package jp.kizuna.web.page;

import java.io.Serializable;
import java.util.List;

/**
 * A refusal as a page shows it: a message in the page's language, the API's own explanation (in English,
 * as the API writes it) and the fields it names. Shown after a redirect too, so it travels in the session.
 */
public record PageProblem(String message, String detail, List<String> fields) implements Serializable {

    public PageProblem {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
