package jp.kizuna.localauth.selfservice;

public record PasswordChangeForm(String currentPassword, String newPassword, String newPasswordConfirmation) {
}
