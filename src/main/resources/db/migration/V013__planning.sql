-- Module planning: strategy documents (guidelines, mission statements, concepts, planning projects) with their
-- fields of action, objectives and measures; target values on monitoring indicators, performance measures of the
-- measures and evaluation rounds. Organisations, bodies, territories and indicators are referred to by id.

-- Cross-cutting aspects (Querschnittsaspekte), a configurable list
CREATE TABLE cross_cutting_aspect (
    id       BIGSERIAL PRIMARY KEY,
    key      VARCHAR(80)  NOT NULL,
    name_de  VARCHAR(200) NOT NULL,
    name_en  VARCHAR(200) NOT NULL,
    position INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT cross_cutting_aspect_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX cross_cutting_aspect_key_uq ON cross_cutting_aspect (key);

CREATE TABLE strategy (
    id                  BIGSERIAL PRIMARY KEY,
    key                 VARCHAR(80)  NOT NULL,
    type                VARCHAR(30)  NOT NULL,
    title               VARCHAR(300) NOT NULL,
    subtitle            VARCHAR(300),
    -- the territory the document is about (usually the county)
    territory_id        BIGINT REFERENCES territory (id),
    -- the edition as the document names it, e.g. "2006" or "Fortschreibung 2014"
    edition             VARCHAR(60),
    status              VARCHAR(20)  NOT NULL,
    -- the adopting decision: body, date and council paper number (e.g. Kreistag, 14.06.2006, Vorlage 2006/037)
    adopted_by_body_id  BIGINT REFERENCES body (id),
    adopted_on          DATE,
    decision_paper      VARCHAR(40),
    -- the body and organisation that steer its implementation, if named
    steering_body_id    BIGINT REFERENCES body (id),
    lead_organisation_id BIGINT REFERENCES organisation (id),
    -- the period the strategy or project runs (e.g. the funding period of a planning project)
    period_start        DATE,
    period_end          DATE,
    summary             TEXT,
    predecessor_id      BIGINT REFERENCES strategy (id),
    -- where the content comes from (document, date); bundled content is a summary, not the official text
    source_note         VARCHAR(500),
    example_data        BOOLEAN      NOT NULL DEFAULT FALSE,
    version             BIGINT       NOT NULL DEFAULT 1,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by          VARCHAR(64)  NOT NULL,
    updated_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by          VARCHAR(64)  NOT NULL,
    CONSTRAINT strategy_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT strategy_type_chk CHECK (type IN ('GUIDELINES', 'MISSION_STATEMENT', 'CONCEPT', 'PLANNING_PROJECT')),
    CONSTRAINT strategy_status_chk CHECK (status IN ('DRAFT', 'ADOPTED', 'SUPERSEDED')),
    CONSTRAINT strategy_period_chk CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    CONSTRAINT strategy_predecessor_chk CHECK (predecessor_id IS NULL OR predecessor_id <> id)
);
CREATE UNIQUE INDEX strategy_key_uq ON strategy (key);

-- Sections of a document: preamble, situation, guiding principles (Leitsätze), controlling, others
CREATE TABLE strategy_section (
    id          BIGSERIAL PRIMARY KEY,
    strategy_id BIGINT       NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    kind        VARCHAR(20)  NOT NULL,
    position    INTEGER      NOT NULL,
    title       VARCHAR(300) NOT NULL,
    body        TEXT         NOT NULL,
    CONSTRAINT strategy_section_kind_chk CHECK (kind IN ('PREAMBLE', 'SITUATION', 'PRINCIPLE', 'CONTROLLING',
        'OTHER')),
    CONSTRAINT strategy_section_position_uq UNIQUE (strategy_id, position)
);

CREATE TABLE field_of_action (
    id          BIGSERIAL PRIMARY KEY,
    strategy_id BIGINT       NOT NULL REFERENCES strategy (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    -- the numbering of the document, e.g. "2.1"
    code        VARCHAR(20),
    title       VARCHAR(300) NOT NULL,
    -- Ausgangslage
    situation   TEXT,
    description TEXT,
    version     BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT field_of_action_position_uq UNIQUE (strategy_id, position)
);

-- Zielstellungen of a field of action
CREATE TABLE objective (
    id          BIGSERIAL PRIMARY KEY,
    field_id    BIGINT       NOT NULL REFERENCES field_of_action (id) ON DELETE CASCADE,
    position    INTEGER      NOT NULL,
    code        VARCHAR(20),
    title       VARCHAR(500) NOT NULL,
    description TEXT,
    version     BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT objective_position_uq UNIQUE (field_id, position)
);

CREATE TABLE field_of_action_aspect (
    field_id  BIGINT NOT NULL REFERENCES field_of_action (id) ON DELETE CASCADE,
    aspect_id BIGINT NOT NULL REFERENCES cross_cutting_aspect (id),
    PRIMARY KEY (field_id, aspect_id)
);

CREATE TABLE objective_aspect (
    objective_id BIGINT NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    aspect_id    BIGINT NOT NULL REFERENCES cross_cutting_aspect (id),
    PRIMARY KEY (objective_id, aspect_id)
);

-- A measure or project (Maßnahme / Projekt) of a strategy
CREATE TABLE measure (
    id                   BIGSERIAL PRIMARY KEY,
    strategy_id          BIGINT        NOT NULL REFERENCES strategy (id),
    position             INTEGER       NOT NULL,
    code                 VARCHAR(20),
    title                VARCHAR(300)  NOT NULL,
    description          TEXT,
    -- Federführung: the organisational unit that leads it; null when the document names none
    lead_organisation_id BIGINT REFERENCES organisation (id),
    -- the lead as the document names it when it is not (yet) an organisation of the register
    lead_note            VARCHAR(300),
    -- true: the whole territory of the strategy; false: the territories in measure_territory
    county_wide          BOOLEAN       NOT NULL DEFAULT TRUE,
    start_date           DATE,
    deadline             DATE,
    status               VARCHAR(20)   NOT NULL DEFAULT 'PLANNED',
    -- progress of the latest status report, 0..100
    progress             SMALLINT      NOT NULL DEFAULT 0,
    -- budget totals in euro; cost items may break them down (amounts there may be unknown)
    budget_planned       NUMERIC(14, 2),
    budget_approved      NUMERIC(14, 2),
    budget_spent         NUMERIC(14, 2),
    model_trial          BOOLEAN       NOT NULL DEFAULT FALSE,
    source_note          VARCHAR(500),
    example_data         BOOLEAN       NOT NULL DEFAULT FALSE,
    version              BIGINT        NOT NULL DEFAULT 1,
    created_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by           VARCHAR(64)   NOT NULL,
    updated_at           TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by           VARCHAR(64)   NOT NULL,
    CONSTRAINT measure_status_chk CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED', 'POSTPONED',
        'ABANDONED')),
    CONSTRAINT measure_progress_chk CHECK (progress BETWEEN 0 AND 100),
    CONSTRAINT measure_dates_chk CHECK (deadline IS NULL OR start_date IS NULL OR deadline >= start_date),
    CONSTRAINT measure_budget_chk CHECK ((budget_planned IS NULL OR budget_planned >= 0)
        AND (budget_approved IS NULL OR budget_approved >= 0) AND (budget_spent IS NULL OR budget_spent >= 0)),
    CONSTRAINT measure_position_uq UNIQUE (strategy_id, position)
);
CREATE INDEX measure_lead_idx ON measure (lead_organisation_id);
CREATE INDEX measure_deadline_idx ON measure (deadline);

CREATE TABLE measure_field (
    measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    field_id   BIGINT NOT NULL REFERENCES field_of_action (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, field_id)
);
CREATE INDEX measure_field_field_idx ON measure_field (field_id);

CREATE TABLE measure_objective (
    measure_id   BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    objective_id BIGINT NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, objective_id)
);
CREATE INDEX measure_objective_objective_idx ON measure_objective (objective_id);

CREATE TABLE measure_partner (
    measure_id      BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL REFERENCES organisation (id),
    -- e.g. "Kooperationspartner", "Träger des Modellversuchs"; null when not named
    role            VARCHAR(200),
    PRIMARY KEY (measure_id, organisation_id)
);
CREATE INDEX measure_partner_organisation_idx ON measure_partner (organisation_id);

-- Territories of a measure that is not county-wide
CREATE TABLE measure_territory (
    measure_id   BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    territory_id BIGINT NOT NULL REFERENCES territory (id),
    PRIMARY KEY (measure_id, territory_id)
);

-- Target groups as the document names them (e.g. "Familien mit Migrationshintergrund")
CREATE TABLE measure_target_group (
    measure_id BIGINT       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    position   INTEGER      NOT NULL,
    name       VARCHAR(200) NOT NULL,
    PRIMARY KEY (measure_id, position)
);

-- Life stages of the monitoring module (de.lotse.indicator.LifeStage names)
CREATE TABLE measure_life_stage (
    measure_id BIGINT      NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    life_stage VARCHAR(30) NOT NULL,
    PRIMARY KEY (measure_id, life_stage)
);

CREATE TABLE measure_aspect (
    measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    aspect_id  BIGINT NOT NULL REFERENCES cross_cutting_aspect (id),
    PRIMARY KEY (measure_id, aspect_id)
);

-- Dated status reports: who, when, which status, progress and text. Never changed, only added.
CREATE TABLE measure_status_report (
    id          BIGSERIAL PRIMARY KEY,
    measure_id  BIGINT      NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    reported_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- the day the report speaks about (may be earlier than reported_at)
    as_of       DATE        NOT NULL,
    author      VARCHAR(64) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    progress    SMALLINT    NOT NULL,
    text        TEXT        NOT NULL,
    CONSTRAINT measure_status_report_status_chk CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'DELAYED',
        'POSTPONED', 'ABANDONED')),
    CONSTRAINT measure_status_report_progress_chk CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX measure_status_report_measure_idx ON measure_status_report (measure_id, as_of, id);

-- Cost items of the budget (e.g. travel, office equipment, rent); amounts may be unknown
CREATE TABLE measure_cost_item (
    id         BIGSERIAL PRIMARY KEY,
    measure_id BIGINT        NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    category   VARCHAR(30)   NOT NULL,
    label      VARCHAR(200)  NOT NULL,
    planned    NUMERIC(14, 2) CHECK (planned >= 0),
    approved   NUMERIC(14, 2) CHECK (approved >= 0),
    spent      NUMERIC(14, 2) CHECK (spent >= 0),
    CONSTRAINT measure_cost_item_category_chk CHECK (category IN ('PERSONNEL', 'TRAVEL', 'OFFICE_EQUIPMENT', 'RENT',
        'MATERIAL', 'FEES', 'EVENTS', 'OTHER')),
    CONSTRAINT measure_cost_item_position_uq UNIQUE (measure_id, position)
);

-- Funding: source (funder), programme, period, share of the costs
CREATE TABLE measure_funding (
    id            BIGSERIAL PRIMARY KEY,
    measure_id    BIGINT        NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    source        VARCHAR(300)  NOT NULL,
    programme     VARCHAR(300),
    period_start  DATE,
    period_end    DATE,
    share_percent NUMERIC(5, 2) CHECK (share_percent BETWEEN 0 AND 100),
    amount        NUMERIC(14, 2) CHECK (amount >= 0),
    CONSTRAINT measure_funding_period_chk CHECK (period_end IS NULL OR period_start IS NULL
        OR period_end >= period_start)
);
CREATE INDEX measure_funding_measure_idx ON measure_funding (measure_id);

-- Sites of a model trial (Modellversuch), e.g. a municipality and the organisation that runs it there
CREATE TABLE measure_trial_site (
    id              BIGSERIAL PRIMARY KEY,
    measure_id      BIGINT       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    territory_id    BIGINT REFERENCES territory (id),
    organisation_id BIGINT REFERENCES organisation (id),
    description     TEXT         NOT NULL
);
CREATE INDEX measure_trial_site_measure_idx ON measure_trial_site (measure_id);

-- Links to documents and council papers (by paper number until the council module exists)
CREATE TABLE measure_link (
    id           BIGSERIAL PRIMARY KEY,
    measure_id   BIGINT       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    label        VARCHAR(300) NOT NULL,
    paper_number VARCHAR(40),
    url          VARCHAR(1000),
    CONSTRAINT measure_link_kind_chk CHECK (kind IN ('DOCUMENT', 'COUNCIL_PAPER')),
    CONSTRAINT measure_link_target_chk CHECK (kind <> 'COUNCIL_PAPER' OR paper_number IS NOT NULL)
);
CREATE INDEX measure_link_measure_idx ON measure_link (measure_id);

-- Dated activities and milestones of a measure (meetings, conferences, decisions of its committee path)
CREATE TABLE measure_activity (
    id           BIGSERIAL PRIMARY KEY,
    measure_id   BIGINT       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    on_date      DATE         NOT NULL,
    title        VARCHAR(300) NOT NULL,
    description  TEXT,
    territory_id BIGINT REFERENCES territory (id),
    body_id      BIGINT REFERENCES body (id),
    CONSTRAINT measure_activity_kind_chk CHECK (kind IN ('MEETING', 'CONFERENCE', 'DECISION', 'MILESTONE', 'OTHER'))
);
CREATE INDEX measure_activity_measure_idx ON measure_activity (measure_id, on_date);

-- Target value (Zielgröße): an indicator in a territory should reach a value by a date. Belongs to a measure or to
-- an objective.
CREATE TABLE target (
    id              BIGSERIAL PRIMARY KEY,
    measure_id      BIGINT REFERENCES measure (id) ON DELETE CASCADE,
    objective_id    BIGINT REFERENCES objective (id) ON DELETE CASCADE,
    title           VARCHAR(300)  NOT NULL,
    -- the monitoring indicator by its stable key (de.lotse.indicator.IndicatorKey)
    indicator_key   VARCHAR(64)   NOT NULL REFERENCES indicator (key),
    territory_id    BIGINT        NOT NULL REFERENCES territory (id),
    target_group    VARCHAR(200),
    -- baseline value and the period it belongs to (de.lotse.indicator.Period text form); null: not yet known
    baseline_value  NUMERIC,
    baseline_period VARCHAR(20),
    -- ABSOLUTE: reach target_value; RELATIVE_PERCENT: change the baseline by target_value %;
    -- CHANGE: change the baseline by target_value (in the indicator's unit)
    target_kind     VARCHAR(20)   NOT NULL,
    target_value    NUMERIC       NOT NULL,
    target_date     DATE          NOT NULL,
    description     TEXT,
    source_note     VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 1,
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    created_by      VARCHAR(64)   NOT NULL,
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by      VARCHAR(64)   NOT NULL,
    CONSTRAINT target_owner_chk CHECK ((measure_id IS NULL) <> (objective_id IS NULL)),
    CONSTRAINT target_kind_chk CHECK (target_kind IN ('ABSOLUTE', 'RELATIVE_PERCENT', 'CHANGE'))
);
CREATE INDEX target_measure_idx ON target (measure_id);
CREATE INDEX target_objective_idx ON target (objective_id);

-- Performance measures of a measure in the three Results-Based-Accountability questions
CREATE TABLE performance_measure (
    id         BIGSERIAL PRIMARY KEY,
    measure_id BIGINT       NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    question   VARCHAR(20)  NOT NULL,
    position   INTEGER      NOT NULL,
    name       VARCHAR(300) NOT NULL,
    unit       VARCHAR(50)  NOT NULL,
    CONSTRAINT performance_measure_question_chk CHECK (question IN ('HOW_MUCH', 'HOW_WELL', 'BETTER_OFF')),
    CONSTRAINT performance_measure_position_uq UNIQUE (measure_id, position)
);

CREATE TABLE performance_value (
    id                     BIGSERIAL PRIMARY KEY,
    performance_measure_id BIGINT      NOT NULL REFERENCES performance_measure (id) ON DELETE CASCADE,
    -- de.lotse.indicator.Period text form, e.g. "2015", "2015-Q3"
    period                 VARCHAR(20) NOT NULL,
    value                  NUMERIC     NOT NULL,
    note                   TEXT,
    entered_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    entered_by             VARCHAR(64) NOT NULL,
    CONSTRAINT performance_value_period_uq UNIQUE (performance_measure_id, period)
);

-- An evaluation round freezes the state of every measure and target of a strategy at a date
CREATE TABLE evaluation_round (
    id          BIGSERIAL PRIMARY KEY,
    strategy_id BIGINT       NOT NULL REFERENCES strategy (id),
    title       VARCHAR(300) NOT NULL,
    -- the date the round speaks about, e.g. 31.03.2016
    as_of       DATE         NOT NULL,
    -- null while the round is open for comments; set when it is frozen
    frozen_at   TIMESTAMPTZ,
    frozen_by   VARCHAR(64),
    note        TEXT,
    version     BIGINT       NOT NULL DEFAULT 1,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT evaluation_round_title_uq UNIQUE (strategy_id, title)
);

-- The frozen state of one measure in a round (status, progress, deadline, overdue, budget, …) and its comment
CREATE TABLE evaluation_measure_entry (
    round_id   BIGINT NOT NULL REFERENCES evaluation_round (id) ON DELETE CASCADE,
    measure_id BIGINT NOT NULL REFERENCES measure (id) ON DELETE CASCADE,
    state      JSONB  NOT NULL,
    comment    TEXT,
    PRIMARY KEY (round_id, measure_id)
);

-- The frozen evaluation of one target in a round (verdict, latest value, forecast, …)
CREATE TABLE evaluation_target_entry (
    round_id  BIGINT NOT NULL REFERENCES evaluation_round (id) ON DELETE CASCADE,
    target_id BIGINT NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    state     JSONB  NOT NULL,
    comment   TEXT,
    PRIMARY KEY (round_id, target_id)
);
