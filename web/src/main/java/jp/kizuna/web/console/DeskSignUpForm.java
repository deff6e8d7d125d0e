package jp.kizuna.web.console;

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

    public String channelOrPhone() {
        return "PAPER".equals(channel) ? "PAPER" : "PHONE";
    }
}
