package jp.kizuna.localauth.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jp.kizuna.localauth.account.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Field problems as messages in the person's language, one per field (the first problem of each). */
@Component
public class FieldMessages {

    private final MessageSource messages;

    FieldMessages(MessageSource messages) {
        this.messages = messages;
    }

    public Map<String, String> of(List<FieldProblem> problems, Locale locale) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (FieldProblem problem : problems) {
            byField.putIfAbsent(problem.field(), message(problem.code(), problem.arguments(), locale));
        }
        return byField;
    }

    public String message(String code, List<Object> arguments, Locale locale) {
        return messages.getMessage(code, arguments.toArray(), code, locale);
    }
}
