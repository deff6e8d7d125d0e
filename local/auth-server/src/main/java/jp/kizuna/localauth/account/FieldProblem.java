package jp.kizuna.localauth.account;

import java.util.List;

/**
 * What is wrong with one field of a request, as a message code with its arguments: the sign-in pages show
 * it in the person's language ({@code messages*.properties}), the account API as a problem document.
 *
 * @param field the form field / JSON property, e.g. {@code email}
 * @param code  the message code, e.g. {@code problem.email.malformed}
 */
public record FieldProblem(String field, String code, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public static FieldProblem of(String field, String code, Object... arguments) {
        return new FieldProblem(field, code, List.of(arguments));
    }
}
