package de.lotse.account;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the account {@value #USERNAME} with role {@link Role#ADMIN} on the first start, when the user table (created
 * by Flyway before any runner) is still empty. Its password comes from {@code LOTSE_ADMIN_PASSWORD}; without one, a
 * random password is generated and logged once. There is no default password.
 */
@Component
class InitialAdministrator implements SmartInitializingSingleton {

    static final String USERNAME = "admin";
    static final int GENERATED_LENGTH = 20;

    /** Letters and digits without the look-alikes 0/O, 1/l/I, so the password can be typed from the log. */
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final AccountProperties properties;
    private final TransactionTemplate transaction;

    InitialAdministrator(
            AppUsers users,
            PasswordEncoder passwordEncoder,
            AuditTrail audit,
            AccountProperties properties,
            TransactionTemplate transaction) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
    }

    /** Runs before the web server accepts requests, so there is never a moment without an administrator. */
    @Override
    public void afterSingletonsInstantiated() {
        boolean generated = !properties.hasInitialAdminPassword();
        String password = generated ? generatePassword(new SecureRandom()) : properties.initialAdminPassword();
        Boolean created = transaction.execute(status -> createIfNoUserExists(password, generated));
        if (Boolean.TRUE.equals(created) && generated) {
            log.warn(banner(password));
        }
    }

    private boolean createIfNoUserExists(String password, boolean generated) {
        if (!users.isEmpty()
                || !users.insert(USERNAME, "Administrator", passwordEncoder.encode(password), Set.of(Role.ADMIN))) {
            return false;
        }
        audit.record(
                "USER_CREATED",
                UserAccounts.ENTITY_TYPE,
                USERNAME,
                "Erstes Administratorkonto „" + USERNAME + "“ beim ersten Start angelegt",
                Map.of("roles", List.of(Role.ADMIN.name()), "password", generated ? "generated" : "configured"));
        log.info("Created the initial administrator account '{}'", USERNAME);
        return true;
    }

    static String generatePassword(SecureRandom random) {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static String banner(String password) {
        String line = "*".repeat(72);
        return String.join(
                System.lineSeparator(),
                "",
                line,
                "  Lotse created the administrator account '" + USERNAME + "'.",
                "  Its initial administrator password is:",
                "",
                "      " + password,
                "",
                "  Sign in at /login and change it right away under \"Mein Konto\" (/konto).",
                "  This password is shown only this once. To choose it yourself instead,",
                "  set LOTSE_ADMIN_PASSWORD (at least " + PasswordPolicy.MIN_LENGTH
                        + " characters) before the first start.",
                line);
    }
}
