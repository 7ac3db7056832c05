package de.lotse.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the account module.
 *
 * @param initialAdminPassword password of the account {@code admin} that is created on the first start with an empty
 *     user table ({@code LOTSE_ADMIN_PASSWORD}); empty means "generate one and log it once". A configured password
 *     must have at least {@value PasswordPolicy#MIN_LENGTH} characters, otherwise Lotse does not start.
 */
@ConfigurationProperties("lotse.account")
record AccountProperties(String initialAdminPassword) {

    AccountProperties {
        initialAdminPassword = initialAdminPassword == null ? "" : initialAdminPassword;
        if (!initialAdminPassword.isEmpty()) {
            PasswordPolicy.violation(initialAdminPassword, InitialAdministrator.USERNAME)
                    .ifPresent(code -> {
                        throw new IllegalArgumentException(
                                "The initial administrator password (lotse.account.initial-admin-password, environment variable LOTSE_ADMIN_PASSWORD) must have at least "
                                        + PasswordPolicy.MIN_LENGTH + " characters and at most "
                                        + PasswordPolicy.MAX_BYTES
                                        + " bytes and must not be the username. Set a longer password, or leave it empty to have one generated and logged once.");
                    });
        }
    }

    boolean hasInitialAdminPassword() {
        return !initialAdminPassword.isEmpty();
    }
}
