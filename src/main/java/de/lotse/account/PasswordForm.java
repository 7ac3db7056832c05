package de.lotse.account;

import jakarta.validation.constraints.NotBlank;

/** What a user enters on "Mein Konto" to change their password. */
class PasswordForm {

    @NotBlank(message = "{account.validation.required}")
    private String currentPassword = "";

    private String newPassword = "";

    private String newPasswordRepeat = "";

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getNewPasswordRepeat() {
        return newPasswordRepeat;
    }

    public void setNewPasswordRepeat(String newPasswordRepeat) {
        this.newPasswordRepeat = newPasswordRepeat;
    }
}
