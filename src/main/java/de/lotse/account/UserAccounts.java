package de.lotse.account;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, enabling, disabling user accounts and changing passwords; every change goes to the audit trail. */
@Service
class UserAccounts {

    static final String ENTITY_TYPE = "user";

    private final AppUsers users;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail audit;
    private final SessionRegistry sessions;

    UserAccounts(AppUsers users, PasswordEncoder passwordEncoder, AuditTrail audit, SessionRegistry sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    Optional<AppUser> find(String username) {
        return users.findByUsername(username);
    }

    List<AppUser> all() {
        return users.findAll();
    }

    boolean exists(String username) {
        return users.exists(username);
    }

    /**
     * Creates an enabled account.
     *
     * @throws AccountRuleViolation if the username is taken or the password breaks the {@link PasswordPolicy}
     */
    @Transactional
    void create(String username, String displayName, Role role, String password) {
        PasswordPolicy.violation(password, username).ifPresent(code -> {
            throw new AccountRuleViolation(code);
        });
        if (!users.insert(username, displayName, passwordEncoder.encode(password), Set.of(role))) {
            throw new AccountRuleViolation("account.user.username.taken");
        }
        audit.record(
                "USER_CREATED",
                ENTITY_TYPE,
                username,
                "Benutzer „" + username + "“ (" + displayName + ") mit Rolle " + role + " angelegt",
                Map.of("displayName", displayName, "roles", List.of(role.name())));
    }

    /**
     * Disables an account: it can no longer sign in, its API tokens stop working and its open sessions end.
     *
     * @throws AccountRuleViolation if the current user tries to disable their own account or the user is unknown
     */
    @Transactional
    void disable(String username) {
        if (username.equals(Actors.currentUsername())) {
            throw new AccountRuleViolation("account.user.disable.self");
        }
        requireExisting(username);
        if (users.updateEnabled(username, false)) {
            audit.record("USER_DISABLED", ENTITY_TYPE, username, "Benutzer „" + username + "“ deaktiviert", Map.of());
        }
        expireSessionsOf(username);
    }

    /** Enables a disabled account again. */
    @Transactional
    void enable(String username) {
        requireExisting(username);
        if (users.updateEnabled(username, true)) {
            audit.record("USER_ENABLED", ENTITY_TYPE, username, "Benutzer „" + username + "“ aktiviert", Map.of());
        }
    }

    /** Whether this is the user's current password (so a form can report a wrong one with its other errors). */
    boolean isCurrentPassword(String username, String password) {
        return users.findByUsername(username)
                .map(user -> passwordEncoder.matches(password, user.passwordHash()))
                .orElse(false);
    }

    /**
     * Changes the password of a user who knows the current one.
     *
     * @throws AccountRuleViolation if the current password is wrong or the new one breaks the {@link PasswordPolicy}
     */
    @Transactional
    void changePassword(String username, String currentPassword, String newPassword) {
        AppUser user = requireExisting(username);
        if (!passwordEncoder.matches(currentPassword, user.passwordHash())) {
            throw new AccountRuleViolation("account.password.current.wrong");
        }
        PasswordPolicy.violation(newPassword, username).ifPresent(code -> {
            throw new AccountRuleViolation(code);
        });
        users.updatePasswordHash(username, passwordEncoder.encode(newPassword));
        audit.record("PASSWORD_CHANGED", ENTITY_TYPE, username, "Passwort von „" + username + "“ geändert", Map.of());
    }

    private AppUser requireExisting(String username) {
        return users.findByUsername(username).orElseThrow(() -> new AccountRuleViolation("account.user.unknown"));
    }

    private void expireSessionsOf(String username) {
        for (Object principal : sessions.getAllPrincipals()) {
            if (principal instanceof UserDetails details
                    && details.getUsername().equals(username)) {
                sessions.getAllSessions(principal, false).forEach(session -> session.expireNow());
            }
        }
    }
}
