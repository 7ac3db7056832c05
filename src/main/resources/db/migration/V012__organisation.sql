-- Module organisation: the organisations and bodies that plan, lead, fund and deliver social work in a county
-- (county units, providers, associations, clubs, schools) and the committees, steering and working groups they meet
-- in. Planning, the counselling directory and participation refer to them by id.
CREATE TABLE organisation (
    id            BIGSERIAL PRIMARY KEY,
    key           VARCHAR(80)  NOT NULL,
    name          VARCHAR(300) NOT NULL,
    short_name    VARCHAR(100),
    kind          VARCHAR(30)  NOT NULL,
    -- for providers of services: public, non-profit (frei-gemeinnützig), private, volunteer
    provider_type VARCHAR(20),
    -- a unit inside a larger organisation, e.g. a Fachdienst of the county administration
    parent_id     BIGINT REFERENCES organisation (id),
    -- the territory it belongs to or works in (e.g. the county), if known
    territory_id  BIGINT REFERENCES territory (id),
    description   TEXT,
    website       VARCHAR(500),
    email         VARCHAR(200),
    phone         VARCHAR(60),
    -- content that does not come from a real source (e.g. an example address) is marked
    example_data  BOOLEAN      NOT NULL DEFAULT FALSE,
    -- where the organisation is named (e.g. "Sozialpolitische Leitlinien Landkreis Peine, Abschnitt 3")
    source_note   VARCHAR(500),
    -- optimistic lock: raised by every change
    version       BIGINT       NOT NULL DEFAULT 1,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by    VARCHAR(64)  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by    VARCHAR(64)  NOT NULL,
    CONSTRAINT organisation_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT organisation_kind_chk CHECK (kind IN ('COUNTY_UNIT', 'MUNICIPALITY', 'PUBLIC_AGENCY', 'PROVIDER',
        'ASSOCIATION', 'CLUB', 'SCHOOL', 'COMPANY', 'OTHER')),
    CONSTRAINT organisation_provider_type_chk CHECK (provider_type IS NULL
        OR provider_type IN ('PUBLIC', 'NON_PROFIT', 'PRIVATE', 'VOLUNTEER'))
);
CREATE UNIQUE INDEX organisation_key_uq ON organisation (key);
CREATE INDEX organisation_name_idx ON organisation (lower(name) text_pattern_ops);

-- Users who act for an organisation (e.g. post status reports for the measures it leads, edit its services)
CREATE TABLE organisation_member (
    organisation_id BIGINT      NOT NULL REFERENCES organisation (id),
    username        VARCHAR(64) NOT NULL REFERENCES app_user (username),
    added_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    added_by        VARCHAR(64) NOT NULL,
    PRIMARY KEY (organisation_id, username)
);
CREATE INDEX organisation_member_user_idx ON organisation_member (username);

-- Committees of the council, steering groups, working groups and networks
CREATE TABLE body (
    id              BIGSERIAL PRIMARY KEY,
    key             VARCHAR(80)  NOT NULL,
    name            VARCHAR(300) NOT NULL,
    short_name      VARCHAR(100),
    kind            VARCHAR(30)  NOT NULL,
    territory_id    BIGINT REFERENCES territory (id),
    -- the organisation that convenes or manages it (e.g. the Leitstelle Integration), if known
    convenor_id     BIGINT REFERENCES organisation (id),
    description     TEXT,
    example_data    BOOLEAN      NOT NULL DEFAULT FALSE,
    source_note     VARCHAR(500),
    version         BIGINT       NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(64)  NOT NULL,
    CONSTRAINT body_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT body_kind_chk CHECK (kind IN ('COUNCIL', 'COMMITTEE', 'STEERING_GROUP', 'WORKING_GROUP', 'NETWORK',
        'CONFERENCE', 'OTHER'))
);
CREATE UNIQUE INDEX body_key_uq ON body (key);

CREATE TABLE body_member (
    body_id         BIGINT       NOT NULL REFERENCES body (id),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    -- e.g. "Vorsitz", "Geschäftsführung", "Mitglied"; null when not known
    role            VARCHAR(100),
    PRIMARY KEY (body_id, organisation_id)
);
CREATE INDEX body_member_organisation_idx ON body_member (organisation_id);
