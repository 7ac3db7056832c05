-- Module directory: the counselling landscape (Beratungslandschaft) — services of providers, the places where they are
-- offered (counselling centres, schools, Kitas, family centres, town halls, online), consultation hours, and the
-- German profile on top of Open Referral HSDS 3 (AGS of each place, target groups, life stages, fields of action,
-- barrier-free details, counselling channels). All ids that HSDS exports are UUIDs. Organisations are the rows of the
-- organisation module (HSDS organization). The main tables hold what is PUBLISHED (or entered by a planner); what a
-- provider proposes waits in directory_change_request until a planner publishes it.

-- Vocabularies (HSDS taxonomy): counselling categories, target groups, fields of action
CREATE TABLE directory_taxonomy (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- stable key, e.g. 'lotse-beratung', 'lotse-zielgruppe', 'lotse-handlungsfeld'
    key         VARCHAR(80)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    uri         VARCHAR(500),
    version     VARCHAR(40),
    CONSTRAINT directory_taxonomy_key_format CHECK (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);
CREATE UNIQUE INDEX directory_taxonomy_key_uq ON directory_taxonomy (key);

CREATE TABLE directory_taxonomy_term (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    taxonomy_id UUID         NOT NULL REFERENCES directory_taxonomy (id),
    -- stable code inside its taxonomy, e.g. 'erziehungsberatung'; used in URLs and filters
    code        VARCHAR(80)  NOT NULL,
    -- German name and description (the taxonomy's language); other languages in directory_taxonomy_term_label
    name        VARCHAR(200) NOT NULL,
    description TEXT         NOT NULL,
    parent_id   UUID REFERENCES directory_taxonomy_term (id),
    -- search words that should find this term (synonyms, colloquial names), comma separated
    keywords    TEXT,
    -- for target groups: the age range the group covers, if it is an age group
    minimum_age INTEGER,
    maximum_age INTEGER,
    position    INTEGER      NOT NULL DEFAULT 0,
    term_uri    VARCHAR(500),
    CONSTRAINT directory_taxonomy_term_code_format CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    CONSTRAINT directory_taxonomy_term_age_chk CHECK (minimum_age IS NULL OR maximum_age IS NULL
        OR minimum_age <= maximum_age)
);
CREATE UNIQUE INDEX directory_taxonomy_term_code_uq ON directory_taxonomy_term (taxonomy_id, code);

-- The name of a term in another interface language (en, tr, ar, ru, uk)
CREATE TABLE directory_taxonomy_term_label (
    term_id UUID         NOT NULL REFERENCES directory_taxonomy_term (id),
    lang    VARCHAR(8)   NOT NULL,
    name    VARCHAR(200) NOT NULL,
    PRIMARY KEY (term_id, lang)
);

-- A counselling category belongs to fields of action (terms of 'lotse-handlungsfeld') ...
CREATE TABLE directory_term_mapping (
    term_id        UUID NOT NULL REFERENCES directory_taxonomy_term (id),
    mapped_term_id UUID NOT NULL REFERENCES directory_taxonomy_term (id),
    PRIMARY KEY (term_id, mapped_term_id)
);
-- ... and to life stages (codes of de.lotse.indicator.LifeStage, e.g. 'EARLY_HELP', 'OLDER_PEOPLE')
CREATE TABLE directory_term_life_stage (
    term_id    UUID        NOT NULL REFERENCES directory_taxonomy_term (id),
    life_stage VARCHAR(30) NOT NULL,
    PRIMARY KEY (term_id, life_stage)
);

-- Places (HSDS location + address + accessibility, German profile)
CREATE TABLE directory_location (
    id                    UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    -- the organisation that runs the place (a school, a family centre), if known; NULL for shared places
    organisation_id       BIGINT REFERENCES organisation (id),
    name                  VARCHAR(300) NOT NULL,
    alternate_name        VARCHAR(300),
    description           TEXT,
    -- HSDS location_type: physical, postal, virtual
    location_type         VARCHAR(10)  NOT NULL DEFAULT 'physical',
    -- what kind of place: SCHOOL, KITA, FAMILY_CENTRE, COUNSELLING_CENTRE, TOWN_HALL, MULTI_GENERATION_HOUSE,
    -- CARE_SUPPORT_POINT, ONLINE, OTHER
    facility_type         VARCHAR(30)  NOT NULL,
    url                   VARCHAR(500),
    email                 VARCHAR(200),
    -- WGS84; must lie within Germany (checked by the service: 47.2..55.1 N, 5.8..15.1 E)
    latitude              NUMERIC(9, 6),
    longitude             NUMERIC(9, 6),
    -- the municipality (Gemeinde level territory, i.e. its AGS/ARS) the place lies in
    territory_id          BIGINT REFERENCES territory (id),
    -- how territory_id was found: POINT_IN_POLYGON (from the coordinates) or CHOSEN (by the editor)
    territory_assignment  VARCHAR(20),
    -- the social space (Sozialraum) the place lies in, if the county has defined social spaces
    social_space_id       BIGINT REFERENCES territory (id),
    -- address (HSDS address, physical)
    address_1             VARCHAR(300),
    address_2             VARCHAR(300),
    postal_code           VARCHAR(10),
    city                  VARCHAR(120),
    state_province        VARCHAR(60)  DEFAULT 'Niedersachsen',
    country               CHAR(2)      NOT NULL DEFAULT 'DE',
    transportation        TEXT,
    -- barrier-free details: TRUE yes, FALSE no, NULL unknown
    step_free_access      BOOLEAN,
    accessible_toilet     BOOLEAN,
    induction_loop        BOOLEAN,
    sign_language         BOOLEAN,
    easy_language         BOOLEAN,
    accessibility_details TEXT,
    example_data          BOOLEAN      NOT NULL DEFAULT FALSE,
    source_note           VARCHAR(500),
    version               BIGINT       NOT NULL DEFAULT 1,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by            VARCHAR(64)  NOT NULL,
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by            VARCHAR(64)  NOT NULL,
    CONSTRAINT directory_location_type_chk CHECK (location_type IN ('physical', 'postal', 'virtual')),
    CONSTRAINT directory_location_facility_chk CHECK (facility_type IN ('SCHOOL', 'KITA', 'FAMILY_CENTRE',
        'COUNSELLING_CENTRE', 'TOWN_HALL', 'MULTI_GENERATION_HOUSE', 'CARE_SUPPORT_POINT', 'ONLINE', 'OTHER')),
    CONSTRAINT directory_location_assignment_chk CHECK (territory_assignment IS NULL
        OR territory_assignment IN ('POINT_IN_POLYGON', 'CHOSEN')),
    CONSTRAINT directory_location_coordinates_chk CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT directory_location_germany_chk CHECK (latitude IS NULL
        OR (latitude BETWEEN 47.2 AND 55.1 AND longitude BETWEEN 5.8 AND 15.1))
);
CREATE INDEX directory_location_territory_idx ON directory_location (territory_id);
CREATE INDEX directory_location_organisation_idx ON directory_location (organisation_id);

-- Services (HSDS service, German profile)
CREATE TABLE directory_service (
    id                      UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id         BIGINT       NOT NULL REFERENCES organisation (id),
    name                    VARCHAR(300) NOT NULL,
    alternate_name          VARCHAR(300),
    description             TEXT,
    -- HSDS status: active, inactive, defunct, temporarily closed
    status                  VARCHAR(20)  NOT NULL DEFAULT 'active',
    url                     VARCHAR(500),
    email                   VARCHAR(200),
    interpretation_services TEXT,
    application_process     TEXT,
    fees_description        TEXT,
    -- free of charge for the person seeking advice: TRUE, FALSE, NULL unknown
    free_of_charge          BOOLEAN,
    eligibility_description TEXT,
    minimum_age             INTEGER,
    maximum_age             INTEGER,
    -- counselling can be anonymous / reaches people where they are (aufsuchend) / channels besides meeting in person
    anonymous               BOOLEAN,
    outreach                BOOLEAN,
    phone_counselling       BOOLEAN,
    video_counselling       BOOLEAN,
    chat_counselling        BOOLEAN,
    alert                   TEXT,
    -- the language the texts were entered in (ISO 639-1); translations in directory_translation
    text_language           VARCHAR(8)   NOT NULL DEFAULT 'de',
    -- "zuletzt geprüft am" (HSDS assured_date) and who confirmed the entry is still right
    last_verified_at        DATE,
    last_verified_by        VARCHAR(64),
    example_data            BOOLEAN      NOT NULL DEFAULT FALSE,
    source_note             VARCHAR(500),
    version                 BIGINT       NOT NULL DEFAULT 1,
    created_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by              VARCHAR(64)  NOT NULL,
    updated_at              TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by              VARCHAR(64)  NOT NULL,
    CONSTRAINT directory_service_status_chk CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
    CONSTRAINT directory_service_age_chk CHECK (minimum_age IS NULL OR maximum_age IS NULL
        OR minimum_age <= maximum_age),
    CONSTRAINT directory_service_age_range_chk CHECK ((minimum_age IS NULL OR minimum_age BETWEEN 0 AND 130)
        AND (maximum_age IS NULL OR maximum_age BETWEEN 0 AND 130))
);
CREATE INDEX directory_service_organisation_idx ON directory_service (organisation_id);
CREATE INDEX directory_service_verified_idx ON directory_service (last_verified_at);

-- A service offered at a place (HSDS service_at_location)
CREATE TABLE directory_service_at_location (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id  UUID NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id UUID NOT NULL REFERENCES directory_location (id),
    description TEXT
);
CREATE UNIQUE INDEX directory_sal_uq ON directory_service_at_location (service_id, location_id);
CREATE INDEX directory_sal_location_idx ON directory_service_at_location (location_id);

-- Consultation hours (HSDS schedule, RFC 5545 style). Exactly one owner: a service, a place or a service at a place.
-- kind RECURRING: freq/interval/byday(/bymonthday) between valid_from and valid_to, opens_at..closes_at each time;
-- kind ONE_OFF: once on dtstart, opens_at..closes_at; kind CLOSURE: closed from valid_from to valid_to (inclusive).
CREATE TABLE directory_schedule (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id             UUID REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id            UUID REFERENCES directory_location (id) ON DELETE CASCADE,
    service_at_location_id UUID REFERENCES directory_service_at_location (id) ON DELETE CASCADE,
    kind                   VARCHAR(10)  NOT NULL,
    -- WEEKLY or MONTHLY (HSDS freq); interval >= 1; byday e.g. 'TU' or 'MO,WE' (WEEKLY), '2MO' or '-1FR' (MONTHLY)
    freq                   VARCHAR(10),
    interval               INTEGER      NOT NULL DEFAULT 1,
    byday                  VARCHAR(60),
    bymonthday             VARCHAR(60),
    -- first occurrence (RECURRING) or the date (ONE_OFF)
    dtstart                DATE,
    valid_from             DATE,
    valid_to               DATE,
    opens_at               TIME,
    closes_at              TIME,
    -- local time zone of opens_at/closes_at
    timezone               VARCHAR(40)  NOT NULL DEFAULT 'Europe/Berlin',
    -- RECURRING only: no consultation hours during the school holidays / on public holidays of the state
    skip_school_holidays   BOOLEAN      NOT NULL DEFAULT FALSE,
    skip_public_holidays   BOOLEAN      NOT NULL DEFAULT TRUE,
    -- the state whose holidays apply (ISO 3166-2 subdivision code without country, 'NI' = Niedersachsen)
    holiday_region         VARCHAR(6)   NOT NULL DEFAULT 'NI',
    -- HSDS attending_type: e.g. WITHOUT_APPOINTMENT, BY_APPOINTMENT
    attending_type         VARCHAR(30),
    schedule_link          VARCHAR(500),
    description            TEXT,
    notes                  TEXT,
    example_data           BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT directory_schedule_owner_chk CHECK (num_nonnulls(service_id, location_id, service_at_location_id) = 1),
    CONSTRAINT directory_schedule_kind_chk CHECK (kind IN ('RECURRING', 'ONE_OFF', 'CLOSURE')),
    CONSTRAINT directory_schedule_freq_chk CHECK (freq IS NULL OR freq IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT directory_schedule_interval_chk CHECK (interval >= 1),
    CONSTRAINT directory_schedule_recurring_chk CHECK (kind <> 'RECURRING'
        OR (freq IS NOT NULL AND byday IS NOT NULL AND dtstart IS NOT NULL AND opens_at IS NOT NULL
            AND closes_at IS NOT NULL)),
    CONSTRAINT directory_schedule_one_off_chk CHECK (kind <> 'ONE_OFF'
        OR (dtstart IS NOT NULL AND opens_at IS NOT NULL AND closes_at IS NOT NULL)),
    CONSTRAINT directory_schedule_closure_chk CHECK (kind <> 'CLOSURE'
        OR (valid_from IS NOT NULL AND valid_to IS NOT NULL)),
    CONSTRAINT directory_schedule_times_chk CHECK (opens_at IS NULL OR closes_at IS NULL OR opens_at < closes_at),
    CONSTRAINT directory_schedule_validity_chk CHECK (valid_from IS NULL OR valid_to IS NULL
        OR valid_from <= valid_to)
);
CREATE INDEX directory_schedule_service_idx ON directory_schedule (service_id);
CREATE INDEX directory_schedule_location_idx ON directory_schedule (location_id);
CREATE INDEX directory_schedule_sal_idx ON directory_schedule (service_at_location_id);

-- School holidays and public holidays per state, imported (never hard-coded per year)
CREATE TABLE directory_holiday (
    id          BIGSERIAL PRIMARY KEY,
    region      VARCHAR(6)   NOT NULL,
    -- SCHOOL_HOLIDAY or PUBLIC_HOLIDAY
    kind        VARCHAR(20)  NOT NULL,
    name        VARCHAR(120) NOT NULL,
    -- inclusive
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    -- where the dates come from (publisher, document, URL) and when they were imported
    source      VARCHAR(500) NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    imported_by VARCHAR(64)  NOT NULL,
    CONSTRAINT directory_holiday_kind_chk CHECK (kind IN ('SCHOOL_HOLIDAY', 'PUBLIC_HOLIDAY')),
    CONSTRAINT directory_holiday_dates_chk CHECK (start_date <= end_date)
);
CREATE UNIQUE INDEX directory_holiday_uq ON directory_holiday (region, kind, start_date, name);

-- Phones (HSDS phone), one owner
CREATE TABLE directory_phone (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id             UUID REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id            UUID REFERENCES directory_location (id) ON DELETE CASCADE,
    service_at_location_id UUID REFERENCES directory_service_at_location (id) ON DELETE CASCADE,
    number                 VARCHAR(60)  NOT NULL,
    extension              VARCHAR(20),
    -- HSDS type: text, voice, fax, cell, video, pager, textphone
    type                   VARCHAR(20),
    description            VARCHAR(300),
    example_data           BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT directory_phone_owner_chk CHECK (num_nonnulls(service_id, location_id, service_at_location_id) = 1)
);
CREATE INDEX directory_phone_service_idx ON directory_phone (service_id);
CREATE INDEX directory_phone_location_idx ON directory_phone (location_id);

-- Named contacts (HSDS contact), one owner
CREATE TABLE directory_contact (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id             UUID REFERENCES directory_service (id) ON DELETE CASCADE,
    location_id            UUID REFERENCES directory_location (id) ON DELETE CASCADE,
    service_at_location_id UUID REFERENCES directory_service_at_location (id) ON DELETE CASCADE,
    name                   VARCHAR(200),
    title                  VARCHAR(200),
    department             VARCHAR(200),
    email                  VARCHAR(200),
    example_data           BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT directory_contact_owner_chk CHECK (num_nonnulls(service_id, location_id, service_at_location_id) = 1)
);
CREATE INDEX directory_contact_service_idx ON directory_contact (service_id);

-- Languages counselling is offered in (HSDS language), ISO 639-1 code
CREATE TABLE directory_service_language (
    service_id UUID        NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    code       VARCHAR(8)  NOT NULL,
    note       VARCHAR(300),
    PRIMARY KEY (service_id, code)
);

-- Taxonomy terms attached to a service (HSDS attribute with link_entity 'service'):
-- link_type 'category' (lotse-beratung), 'audience' (lotse-zielgruppe), 'field_of_action' (lotse-handlungsfeld)
CREATE TABLE directory_service_term (
    service_id UUID        NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    term_id    UUID        NOT NULL REFERENCES directory_taxonomy_term (id),
    link_type  VARCHAR(30) NOT NULL,
    -- HSDS attribute id, stable across exports
    attribute_id UUID      NOT NULL DEFAULT gen_random_uuid(),
    PRIMARY KEY (service_id, term_id),
    CONSTRAINT directory_service_term_link_chk CHECK (link_type IN ('category', 'audience', 'field_of_action'))
);
CREATE INDEX directory_service_term_term_idx ON directory_service_term (term_id);

-- Life stages a service addresses (codes of de.lotse.indicator.LifeStage)
CREATE TABLE directory_service_life_stage (
    service_id UUID        NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    life_stage VARCHAR(30) NOT NULL,
    PRIMARY KEY (service_id, life_stage)
);

-- Areas a service serves (HSDS service_area): a territory (municipality, county) or a text
CREATE TABLE directory_service_area (
    id           UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id   UUID         NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    territory_id BIGINT REFERENCES territory (id),
    name         VARCHAR(300),
    description  TEXT,
    CONSTRAINT directory_service_area_what_chk CHECK (territory_id IS NOT NULL OR name IS NOT NULL)
);
CREATE INDEX directory_service_area_service_idx ON directory_service_area (service_id);
CREATE INDEX directory_service_area_territory_idx ON directory_service_area (territory_id);

-- Structured costs (HSDS cost_option)
CREATE TABLE directory_cost_option (
    id                 UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    service_id         UUID          NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    option             VARCHAR(300),
    amount             NUMERIC(12, 2),
    currency           CHAR(3)       DEFAULT 'EUR',
    amount_description VARCHAR(300),
    valid_from         DATE,
    valid_to           DATE,
    CONSTRAINT directory_cost_option_amount_chk CHECK (amount IS NULL OR amount >= 0),
    CONSTRAINT directory_cost_option_validity_chk CHECK (valid_from IS NULL OR valid_to IS NULL
        OR valid_from <= valid_to)
);
CREATE INDEX directory_cost_option_service_idx ON directory_cost_option (service_id);

-- Optional translations of a service's or a place's texts, per field (e.g. service/description/en)
CREATE TABLE directory_translation (
    entity    VARCHAR(20) NOT NULL,
    entity_id UUID        NOT NULL,
    field     VARCHAR(40) NOT NULL,
    lang      VARCHAR(8)  NOT NULL,
    text      TEXT        NOT NULL,
    PRIMARY KEY (entity, entity_id, field, lang),
    CONSTRAINT directory_translation_entity_chk CHECK (entity IN ('service', 'location'))
);

-- Planning measures a service implements (e.g. decentral counselling at schools, a model trial)
CREATE TABLE directory_service_measure (
    service_id UUID        NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    measure_id BIGINT      NOT NULL REFERENCES measure (id),
    linked_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    linked_by  VARCHAR(64) NOT NULL,
    PRIMARY KEY (service_id, measure_id)
);
CREATE INDEX directory_service_measure_measure_idx ON directory_service_measure (measure_id);

-- Field-level change log (HSDS metadata): who changed which field of which record when, old and new value
CREATE TABLE directory_metadata (
    id                UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resource_id       UUID         NOT NULL,
    -- 'service', 'location', 'service_at_location', 'schedule', ...
    resource_type     VARCHAR(30)  NOT NULL,
    last_action_date  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    -- create, update, delete, verify, publish, import
    last_action_type  VARCHAR(20)  NOT NULL,
    field_name        VARCHAR(60)  NOT NULL,
    previous_value    TEXT         NOT NULL DEFAULT '',
    replacement_value TEXT         NOT NULL DEFAULT '',
    updated_by        VARCHAR(64)  NOT NULL,
    -- the version of the resource this change produced (for the 409 message "changed since your version")
    resource_version  BIGINT
);
CREATE INDEX directory_metadata_resource_idx ON directory_metadata (resource_id, last_action_date);

-- What a provider proposes (a new service or a change to one of its organisation's services), as a whole draft of
-- the service with its places, hours, contacts, terms: Entwurf (DRAFT) -> eingereicht (SUBMITTED) -> veröffentlicht
-- (PUBLISHED, applied to the main tables by a planner) or zurückgegeben (RETURNED, back to the provider with a note).
CREATE TABLE directory_change_request (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    organisation_id BIGINT       NOT NULL REFERENCES organisation (id),
    -- NULL for a proposed new service
    service_id      UUID REFERENCES directory_service (id) ON DELETE CASCADE,
    -- the service's version the draft was based on (NULL for a new service): a publish over a newer version warns
    base_version    BIGINT,
    state           VARCHAR(12)  NOT NULL DEFAULT 'DRAFT',
    -- the whole proposed service as JSON (the module's draft record)
    payload         JSONB        NOT NULL,
    title           VARCHAR(300) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by      VARCHAR(64)  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by      VARCHAR(64)  NOT NULL,
    submitted_at    TIMESTAMPTZ,
    submitted_by    VARCHAR(64),
    decided_at      TIMESTAMPTZ,
    decided_by      VARCHAR(64),
    decision_note   TEXT,
    version         BIGINT       NOT NULL DEFAULT 1,
    CONSTRAINT directory_change_request_state_chk CHECK (state IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'RETURNED'))
);
CREATE INDEX directory_change_request_org_idx ON directory_change_request (organisation_id, state);
CREATE INDEX directory_change_request_state_idx ON directory_change_request (state);
-- at most one open (not yet published) proposal per existing service
CREATE UNIQUE INDEX directory_change_request_open_uq ON directory_change_request (service_id)
    WHERE service_id IS NOT NULL AND state IN ('DRAFT', 'SUBMITTED', 'RETURNED');

-- A planner's decision on a group of possible duplicates; the group is identified by its sorted service ids, so the
-- same group is not asked again. CONFIRMED_DUPLICATE, COMPLEMENTARY or DISMISSED.
CREATE TABLE directory_duplicate_decision (
    id          BIGSERIAL PRIMARY KEY,
    -- the sorted service ids joined with ',' (the group's identity)
    group_key   TEXT         NOT NULL,
    decision    VARCHAR(30)  NOT NULL,
    -- the reasons shown when the planner decided (for the record)
    reasons     TEXT         NOT NULL,
    note        TEXT,
    decided_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decided_by  VARCHAR(64)  NOT NULL,
    CONSTRAINT directory_duplicate_decision_chk CHECK (decision IN ('CONFIRMED_DUPLICATE', 'COMPLEMENTARY',
        'DISMISSED'))
);
CREATE UNIQUE INDEX directory_duplicate_decision_uq ON directory_duplicate_decision (group_key);
CREATE TABLE directory_duplicate_member (
    decision_id BIGINT NOT NULL REFERENCES directory_duplicate_decision (id) ON DELETE CASCADE,
    service_id  UUID   NOT NULL REFERENCES directory_service (id) ON DELETE CASCADE,
    PRIMARY KEY (decision_id, service_id)
);
