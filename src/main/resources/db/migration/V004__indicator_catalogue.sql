-- Module indicator: the indicator catalogue. An indicator keeps its stable key; every change of its meaning
-- (definition, formula, unit, source table, reference date) adds a version, values keep the version they were made with.
CREATE TABLE indicator (
    id              BIGSERIAL PRIMARY KEY,
    key             VARCHAR(64) NOT NULL,
    current_version INTEGER     NOT NULL DEFAULT 1,
    -- optimistic lock: raised by every change, an update naming an older revision is refused
    revision        BIGINT      NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by      VARCHAR(64) NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by      VARCHAR(64) NOT NULL,
    CONSTRAINT indicator_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX indicator_key_uq ON indicator (key);

CREATE TABLE indicator_version (
    indicator_id        BIGINT       NOT NULL REFERENCES indicator (id),
    version             INTEGER      NOT NULL CHECK (version >= 1),
    valid_from          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    valid_to            TIMESTAMPTZ,
    created_by          VARCHAR(64)  NOT NULL,
    name_de             VARCHAR(300) NOT NULL,
    name_en             VARCHAR(300),
    short_name_de       VARCHAR(100) NOT NULL,
    short_name_en       VARCHAR(100),
    definition          TEXT         NOT NULL,
    interpretation      TEXT,
    formula_kind        VARCHAR(20)  NOT NULL,
    formula_numerator   VARCHAR(64),
    formula_denominator VARCHAR(64),
    formula_factor      NUMERIC,
    formula_expression  TEXT,
    unit                VARCHAR(50)  NOT NULL,
    decimals            SMALLINT     NOT NULL CHECK (decimals BETWEEN 0 AND 6),
    source_publisher    VARCHAR(300) NOT NULL,
    source_statistic    VARCHAR(300),
    source_table        VARCHAR(50),
    licence             VARCHAR(300),
    attribution         TEXT,
    reference_date      VARCHAR(20)  NOT NULL,
    reference_date_note VARCHAR(300),
    levels              TEXT[]       NOT NULL,
    polarity            VARCHAR(20)  NOT NULL,
    topic               VARCHAR(40)  NOT NULL,
    life_stages         TEXT[]       NOT NULL,
    kind                VARCHAR(30)  NOT NULL,
    min_count           INTEGER      CHECK (min_count >= 1),
    min_denominator     INTEGER      CHECK (min_denominator >= 1),
    PRIMARY KEY (indicator_id, version),
    CONSTRAINT indicator_version_formula_chk CHECK (
        (formula_kind = 'RAW' AND formula_numerator IS NULL AND formula_expression IS NULL)
        OR (formula_kind = 'RATIO' AND formula_numerator IS NOT NULL AND formula_denominator IS NOT NULL
            AND formula_factor IS NOT NULL)
        OR (formula_kind = 'EXPRESSION' AND formula_expression IS NOT NULL)),
    CONSTRAINT indicator_version_reference_date_chk CHECK (
        reference_date IN ('DECEMBER_31', 'JUNE_30', 'MARCH_1', 'SCHOOL_YEAR', 'CALENDAR_YEAR', 'OTHER')),
    CONSTRAINT indicator_version_polarity_chk CHECK (polarity IN ('HIGHER_IS_BETTER', 'HIGHER_IS_WORSE', 'NEUTRAL')),
    CONSTRAINT indicator_version_kind_chk CHECK (kind IN ('POPULATION_INDICATOR', 'PERFORMANCE_MEASURE'))
);
-- exactly one open (current) version per indicator
CREATE UNIQUE INDEX indicator_version_current_uq ON indicator_version (indicator_id) WHERE valid_to IS NULL;

-- What each revision changed, by whom and when: names the changes when a stale update is refused
CREATE TABLE indicator_change (
    indicator_id BIGINT      NOT NULL REFERENCES indicator (id),
    revision     BIGINT      NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    changed_by   VARCHAR(64) NOT NULL,
    fields       TEXT        NOT NULL,
    PRIMARY KEY (indicator_id, revision)
);
