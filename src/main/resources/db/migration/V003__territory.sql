-- Module territory: the official hierarchy Land > Kreis > Gemeindeverband > Gemeinde > Sozialraum
CREATE TABLE territory (
    id                BIGSERIAL PRIMARY KEY,
    ars               CHAR(12)     NOT NULL,
    ags               CHAR(8),
    name              VARCHAR(200) NOT NULL,
    level             VARCHAR(20)  NOT NULL,
    type_code         VARCHAR(4),
    seat              VARCHAR(200),
    parent_id         BIGINT REFERENCES territory (id),
    path              VARCHAR(400) NOT NULL,
    area_km2          NUMERIC(12, 2),
    valid_from        DATE,
    valid_to          DATE,
    boundary          JSONB,
    boundary_display  JSONB,
    boundary_source   VARCHAR(200),
    centroid_lon      DOUBLE PRECISION,
    centroid_lat      DOUBLE PRECISION,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT territory_level_chk CHECK (level IN ('STATE', 'COUNTY', 'ASSOCIATION', 'MUNICIPALITY', 'SOCIAL_SPACE')),
    CONSTRAINT territory_ars_chk CHECK (ars ~ '^[0-9]{12}$'),
    CONSTRAINT territory_ags_chk CHECK (ags IS NULL OR ags ~ '^[0-9]{8}$'),
    CONSTRAINT territory_validity_chk CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
-- One unit per key and level; a unit closed by a territorial reform keeps its row (valid_to set)
CREATE UNIQUE INDEX territory_ars_level_uq ON territory (ars, level);
CREATE INDEX territory_ags_idx ON territory (ags);
CREATE INDEX territory_parent_idx ON territory (parent_id);
CREATE INDEX territory_path_idx ON territory (path text_pattern_ops);
CREATE INDEX territory_name_idx ON territory (lower(name) text_pattern_ops);

-- Population per unit and reference date; several reference dates are kept side by side
CREATE TABLE territory_population (
    territory_id   BIGINT      NOT NULL REFERENCES territory (id),
    reference_date DATE        NOT NULL,
    population     BIGINT      NOT NULL CHECK (population >= 0),
    male           BIGINT      CHECK (male >= 0),
    source         VARCHAR(200) NOT NULL,
    basis          VARCHAR(100),
    updated_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (territory_id, reference_date)
);

-- Every committed import: file, format, register edition, who, when and the full report
CREATE TABLE territory_import (
    id          BIGSERIAL PRIMARY KEY,
    file_name   VARCHAR(300) NOT NULL,
    format      VARCHAR(40)  NOT NULL,
    edition     DATE,
    imported_by VARCHAR(64)  NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    report      JSONB        NOT NULL
);

-- Bundled datasets loaded on the first start (so a second start does not load them again)
CREATE TABLE bundled_dataset (
    name      VARCHAR(100) PRIMARY KEY,
    loaded_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
