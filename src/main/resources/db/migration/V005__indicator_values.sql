-- Module indicator: indicator values as narrow rows, one per indicator, territory and period, with the official
-- status symbol, a quality flag and provenance. A changed value moves its predecessor into the revision history.
CREATE TABLE indicator_value (
    id                BIGSERIAL PRIMARY KEY,
    indicator_id      BIGINT       NOT NULL,
    indicator_version INTEGER      NOT NULL,
    territory_id      BIGINT       NOT NULL REFERENCES territory (id),
    -- canonical text of de.lotse.indicator.Period, e.g. 2015-12-31, 2015, 2015/16, 2015-Q3, 2015-07
    period            VARCHAR(12)  NOT NULL,
    period_kind       VARCHAR(20)  NOT NULL,
    period_start      DATE         NOT NULL,
    period_end        DATE         NOT NULL,
    value             NUMERIC,
    status            VARCHAR(3),
    quality           CHAR(1),
    import_id         BIGINT,
    source_file       VARCHAR(300),
    source_line       INTEGER,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    FOREIGN KEY (indicator_id, indicator_version) REFERENCES indicator_version (indicator_id, version),
    CONSTRAINT indicator_value_cell_uq UNIQUE (indicator_id, territory_id, period),
    CONSTRAINT indicator_value_status_chk CHECK (status IN ('-', '.', 'x', '/', '...')),
    CONSTRAINT indicator_value_quality_chk CHECK (quality IN ('e', 'p', 'r', 's')),
    CONSTRAINT indicator_value_present_chk CHECK (value IS NOT NULL OR status IS NOT NULL),
    CONSTRAINT indicator_value_period_chk CHECK (
        period_kind IN ('REFERENCE_DATE', 'YEAR', 'SCHOOL_YEAR', 'QUARTER', 'MONTH') AND period_end >= period_start)
);
-- time series of one territory and cross-sections of one period
CREATE INDEX indicator_value_series_idx ON indicator_value (indicator_id, territory_id, period_end);
CREATE INDEX indicator_value_section_idx ON indicator_value (indicator_id, period, territory_id);

-- Predecessors of corrected values, never deleted: what stood in a cell before, from which source, who replaced it
CREATE TABLE indicator_value_revision (
    id                BIGSERIAL PRIMARY KEY,
    indicator_id      BIGINT       NOT NULL,
    indicator_version INTEGER      NOT NULL,
    territory_id      BIGINT       NOT NULL REFERENCES territory (id),
    period            VARCHAR(12)  NOT NULL,
    period_kind       VARCHAR(20)  NOT NULL,
    period_start      DATE         NOT NULL,
    period_end        DATE         NOT NULL,
    value             NUMERIC,
    status            VARCHAR(3),
    quality           CHAR(1),
    import_id         BIGINT,
    source_file       VARCHAR(300),
    source_line       INTEGER,
    recorded_by       VARCHAR(64)  NOT NULL,
    recorded_at       TIMESTAMPTZ  NOT NULL,
    superseded_by     VARCHAR(64)  NOT NULL,
    superseded_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    FOREIGN KEY (indicator_id, indicator_version) REFERENCES indicator_version (indicator_id, version)
);
CREATE INDEX indicator_value_revision_cell_idx ON indicator_value_revision (indicator_id, territory_id, period);
