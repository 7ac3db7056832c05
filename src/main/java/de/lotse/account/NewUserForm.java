package de.lotse.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an administrator enters to create a user account. */
class NewUserForm {

    @NotBlank(message = "{account.validation.required}")
    @Pattern(regexp = AppUser.USERNAME_PATTERN, message = "{account.user.username.pattern}")
    private String username = "";

    @NotBlank(message = "{account.validation.required}")
    @Size(max = AppUser.DISPLAY_NAME_MAX, message = "{account.validation.tooLong}")
    private String displayName = "";

    @NotNull(message = "{account.validation.required}")
    private Role role = Role.VIEWER;

    private String password = "";

    private String passwordRepeat = "";

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.strip();
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName == null ? "" : displayName.strip();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getPasswordRepeat() {
        return passwordRepeat;
    }

    public void setPasswordRepeat(String passwordRepeat) {
        this.passwordRepeat = passwordRepeat;
    }
}
