package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void rejectsPasswordShorterThanTwelveCharacters() {
        assertThat(PasswordPolicy.violation("elf-zeichen", "anna")).contains("account.password.tooShort");
        assertThat(PasswordPolicy.violation("", "anna")).contains("account.password.tooShort");
        assertThat(PasswordPolicy.violation(null, "anna")).contains("account.password.tooShort");
    }

    @Test
    void acceptsPasswordOfTwelveCharacters() {
        assertThat(PasswordPolicy.violation("zwölf-zeiche", "anna")).isEmpty();
    }

    @Test
    void rejectsPasswordLongerThanBcryptCanHash() {
        assertThat(PasswordPolicy.violation("a".repeat(72), "anna")).isEmpty();
        assertThat(PasswordPolicy.violation("a".repeat(73), "anna")).contains("account.password.tooLong");
        // 37 umlauts are 74 bytes in UTF-8
        assertThat(PasswordPolicy.violation("ä".repeat(37), "anna")).contains("account.password.tooLong");
    }

    @Test
    void rejectsUsernameAsPassword() {
        assertThat(PasswordPolicy.violation("anna.schmidt", "anna.schmidt"))
                .contains("account.password.sameAsUsername");
    }
}
