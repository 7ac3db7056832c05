-- Module indicator: early-warning thresholds. Each row is one rule for one indicator: ABSOLUTE (the value is above or
-- below limit_value) or DEVIATION (the value lies more than limit_value = k standard deviations above or below the
-- mean of its comparison set), optionally limited to a territory subtree and/or a level.
CREATE TABLE indicator_threshold (
    id                 BIGSERIAL     PRIMARY KEY,
    indicator_id       BIGINT        NOT NULL REFERENCES indicator (id),
    kind               VARCHAR(20)   NOT NULL,
    direction          VARCHAR(10)   NOT NULL,
    limit_value        NUMERIC       NOT NULL,
    scope_territory_id BIGINT        REFERENCES territory (id),
    scope_level        VARCHAR(20),
    severity           VARCHAR(10)   NOT NULL,
    note               VARCHAR(1000),
    -- optimistic lock: raised by every change, a change naming an older version is refused
    version            BIGINT        NOT NULL DEFAULT 1,
    created_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by         VARCHAR(64)   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by         VARCHAR(64)   NOT NULL,
    CONSTRAINT indicator_threshold_kind_chk CHECK (kind IN ('ABSOLUTE', 'DEVIATION')),
    CONSTRAINT indicator_threshold_direction_chk CHECK (direction IN ('ABOVE', 'BELOW', 'WORSE')),
    CONSTRAINT indicator_threshold_k_chk CHECK (kind <> 'DEVIATION' OR limit_value > 0),
    CONSTRAINT indicator_threshold_level_chk CHECK (
        scope_level IS NULL OR scope_level IN ('STATE', 'COUNTY', 'ASSOCIATION', 'MUNICIPALITY', 'SOCIAL_SPACE')),
    CONSTRAINT indicator_threshold_severity_chk CHECK (severity IN ('NOTICE', 'WARNING'))
);
CREATE INDEX indicator_threshold_indicator_idx ON indicator_threshold (indicator_id);
