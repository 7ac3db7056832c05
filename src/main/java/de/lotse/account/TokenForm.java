package de.lotse.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name a user gives a new personal API token, e.g. "Import-Skript Jugendamt". */
class TokenForm {

    @NotBlank(message = "{account.validation.required}")
    @Size(max = ApiTokens.NAME_MAX, message = "{account.validation.tooLong}")
    private String name = "";

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? "" : name.strip();
    }
}
