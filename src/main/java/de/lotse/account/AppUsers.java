package de.lotse.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user accounts in table {@code app_user}. */
@Repository
class AppUsers {

    private static final String COLUMNS = "id, username, display_name, password_hash, roles, enabled, created_at";

    private final JdbcClient jdbc;

    AppUsers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AppUser> findByUsername(String username) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user WHERE username = :username")
                .param("username", username)
                .query(AppUsers::map)
                .optional();
    }

    List<AppUser> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM app_user ORDER BY username")
                .query(AppUsers::map)
                .list();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE username = :username)")
                .param("username", username)
                .query(Boolean.class)
                .single();
    }

    boolean isEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)")
                .query(Boolean.class)
                .single();
    }

    /** Inserts a new user; returns {@code false} if the username is taken (also by a concurrent insert). */
    boolean insert(String username, String displayName, String passwordHash, Set<Role> roles) {
        return jdbc.sql("""
                        INSERT INTO app_user (username, display_name, password_hash, roles)
                        VALUES (:username, :displayName, :passwordHash, :roles)
                        ON CONFLICT (username) DO NOTHING
                        """)
                        .param("username", username)
                        .param("displayName", displayName)
                        .param("passwordHash", passwordHash)
                        .param("roles", Role.formatAll(roles))
                        .update()
                == 1;
    }

    boolean updateEnabled(String username, boolean enabled) {
        return jdbc.sql("UPDATE app_user SET enabled = :enabled WHERE username = :username AND enabled <> :enabled")
                        .param("enabled", enabled)
                        .param("username", username)
                        .update()
                == 1;
    }

    void updatePasswordHash(String username, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash WHERE username = :username")
                .param("hash", passwordHash)
                .param("username", username)
                .update();
    }

    private static AppUser map(ResultSet rs, int row) throws SQLException {
        return new AppUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                Role.parseAll(rs.getString("roles")),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
