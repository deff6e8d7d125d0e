package jp.kizuna.web.console;

import java.util.LinkedHashMap;
import java.util.Map;

import jp.kizuna.web.api.ApiProblemException;
import jp.kizuna.web.api.ProblemDocument;

/**
 * A sign-up staff or an organizer take for someone by phone or on paper; the API checks every field and
 * this form keeps what was typed when it refuses.
 */
record DeskSignUpForm(String name, String phone, String channel, Boolean eligibilityDeclared, Boolean allowDuplicate) {

    /** An unticked box sends nothing: that is "no". */
    DeskSignUpForm {
        name = name == null ? "" : name;
        eligibilityDeclared = Boolean.TRUE.equals(eligibilityDeclared);
        allowDuplicate = Boolean.TRUE.equals(allowDuplicate);
    }

    static DeskSignUpForm empty() {
        return new DeskSignUpForm("", "", "PHONE", false, false);
    }

    /**
     * The inputs a refusal names, by their ids, each with the API's words: the error summary links to them and each
     * input points at its message ({@code aria-describedby}). A field the form has no input for is left to the
     * summary's message.
     */
    static Map<String, String> fieldsNamedBy(ApiProblemException refused) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ProblemDocument.FieldError error : refused.problem().errors()) {
            String input = error.field() == null ? null : INPUTS.get(error.field());
            if (input != null) {
                fields.merge(input, error.message(), (first, second) -> first + "; " + second);
            }
        }
        return fields;
    }

    private static final Map<String, String> INPUTS = Map.of("registrant.name", "desk-name", "registrant.phone", "desk-phone",
            "channel", "channel-phone", "eligibilityDeclared", "desk-eligibility", "allowDuplicate", "desk-duplicate");

    public String channelOrPhone() {
        return "PAPER".equals(channel) ? "PAPER" : "PHONE";
    }
}
