-- Module account: users, roles and personal API tokens
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    roles         VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_format CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    -- comma-separated roles of de.lotse.account.Role, at least one
    CONSTRAINT app_user_roles_format CHECK (roles ~ '^(ADMIN|PLANNER|PROVIDER|VIEWER)(,(ADMIN|PLANNER|PROVIDER|VIEWER))*$')
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (username);

CREATE TABLE api_token (
    id           BIGSERIAL PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id),
    name         VARCHAR(100) NOT NULL,
    token_prefix VARCHAR(16)  NOT NULL,
    -- SHA-256 of the whole token in hex; the token itself is never stored
    token_hash   CHAR(64)     NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE UNIQUE INDEX api_token_hash_uq ON api_token (token_hash);
CREATE INDEX api_token_user_idx ON api_token (user_id);
