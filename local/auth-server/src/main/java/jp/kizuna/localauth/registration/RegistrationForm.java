package jp.kizuna.localauth.registration;

/** What a resident types on the registration page; the passwords are never shown back. */
public record RegistrationForm(String displayName, String kanaName, String email, String password,
                               String passwordConfirmation) {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", "", null, null);
    }

    RegistrationForm withoutPasswords() {
        return new RegistrationForm(displayName, kanaName, email, null, null);
    }
}
