package de.lotse.account;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens (table {@code api_token}): a user creates them for scripts and other programs, which send them
 * as {@code Authorization: Bearer lotse_…}. A token acts with the roles of its owner, as long as the owner's account
 * is enabled and the token is not revoked.
 */
@Service
class ApiTokens {

    static final String ENTITY_TYPE = "api-token";
    static final int NAME_MAX = 100;

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** A new token with its secret, which exists only in this object and is shown exactly once. */
    record CreatedToken(ApiToken token, ApiTokenSecret secret) {}

    @Transactional
    CreatedToken create(String username, String name) {
        ApiTokenSecret secret = ApiTokenSecret.generate(random);
        ApiToken token = jdbc.sql("""
                        INSERT INTO api_token (user_id, name, token_prefix, token_hash)
                        SELECT id, :name, :prefix, :hash FROM app_user WHERE username = :username
                        RETURNING id, name, token_prefix, created_at, last_used_at, revoked_at
                        """)
                .param("name", name)
                .param("prefix", secret.visiblePrefix())
                .param("hash", secret.hash())
                .param("username", username)
                .query(ApiTokens::map)
                .optional()
                .orElseThrow(() -> new AccountRuleViolation("account.user.unknown"));
        audit.record(
                "API_TOKEN_CREATED",
                ENTITY_TYPE,
                Long.toString(token.id()),
                "API-Token „" + name + "“ für „" + username + "“ erstellt",
                Map.of("owner", username, "name", name, "prefix", token.prefix()));
        return new CreatedToken(token, secret);
    }

    /** The tokens of a user, newest first, including revoked ones. */
    List<ApiToken> ofUser(String username) {
        return jdbc.sql("""
                        SELECT t.id, t.name, t.token_prefix, t.created_at, t.last_used_at, t.revoked_at
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE u.username = :username
                        ORDER BY t.created_at DESC, t.id DESC
                        """).param("username", username).query(ApiTokens::map).list();
    }

    /**
     * Revokes one of the user's own active tokens.
     *
     * @return {@code false} if the user has no such active token
     */
    @Transactional
    boolean revoke(String username, long tokenId) {
        Optional<String> name = jdbc.sql("""
                        UPDATE api_token SET revoked_at = now()
                        WHERE id = :id AND revoked_at IS NULL
                          AND user_id = (SELECT id FROM app_user WHERE username = :username)
                        RETURNING name
                        """)
                .param("id", tokenId)
                .param("username", username)
                .query(String.class)
                .optional();
        name.ifPresent(n -> audit.record(
                "API_TOKEN_REVOKED",
                ENTITY_TYPE,
                Long.toString(tokenId),
                "API-Token „" + n + "“ von „" + username + "“ widerrufen",
                Map.of("owner", username, "name", n)));
        return name.isPresent();
    }

    /**
     * The owner of an active token whose account is enabled, with the owner's roles; records when the token was used
     * (at most once a minute, to spare the database).
     */
    @Transactional
    Optional<UserDetails> authenticate(ApiTokenSecret secret) {
        Optional<TokenOwner> owner = jdbc.sql("""
                        SELECT t.id, u.username, u.roles
                        FROM api_token t JOIN app_user u ON u.id = t.user_id
                        WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND u.enabled
                        """)
                .param("hash", secret.hash())
                .query((rs, n) -> new TokenOwner(rs.getLong("id"), rs.getString("username"), rs.getString("roles")))
                .optional();
        owner.ifPresent(o -> jdbc.sql("""
                        UPDATE api_token SET last_used_at = now()
                        WHERE id = :id AND (last_used_at IS NULL OR last_used_at < now() - INTERVAL '1 minute')
                        """).param("id", o.tokenId()).update());
        return owner.map(o -> User.withUsername(o.username())
                .password("")
                .authorities(
                        Role.parseAll(o.roles()).stream().map(Role::authority).toList())
                .build());
    }

    private record TokenOwner(long tokenId, String username, String roles) {}

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("token_prefix"),
                instant(rs, "created_at"),
                instant(rs, "last_used_at"),
                instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
