package de.lotse.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class InitialAdministratorTests {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesTwentyCharacterPasswordsWithoutLookAlikes() {
        String password = InitialAdministrator.generatePassword(random);

        assertThat(password).hasSize(20).matches("[A-Za-z2-9]{20}").doesNotContain("0", "O", "1", "l", "I");
        assertThat(PasswordPolicy.violation(password, InitialAdministrator.USERNAME))
                .isEmpty();
    }

    @Test
    void generatesDifferentPasswords() {
        assertThat(InitialAdministrator.generatePassword(random))
                .isNotEqualTo(InitialAdministrator.generatePassword(random));
    }

    @Test
    void bannerShowsPasswordOnItsOwnLineAndAsksToChangeIt() {
        String banner = InitialAdministrator.banner("Abcdefghijkmnopqrstu");

        assertThat(banner.lines()).hasSizeGreaterThan(5).contains("      Abcdefghijkmnopqrstu");
        assertThat(banner).contains("initial administrator password").contains("change it");
    }
}
