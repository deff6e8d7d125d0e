package jp.kizuna.web.events;

/**
 * What a person fills in to sign up: their name as it should appear on the roster (their display name by
 * default), a reading, a phone number for the organizer, the eligibility declaration where the event asks
 * for it, and whether for this session or the whole series.
 */
public record SignUpForm(String name, String nameKana, String phone, Boolean eligibilityDeclared, String note,
                         String scope) {

    /** An unticked box sends nothing: that is "not declared". */
    public SignUpForm {
        eligibilityDeclared = Boolean.TRUE.equals(eligibilityDeclared);
    }

    public boolean wholeSeries() {
        return "series".equals(scope);
    }

    static SignUpForm forPerson(String displayName) {
        return new SignUpForm(displayName, "", "", false, "", "session");
    }
}
