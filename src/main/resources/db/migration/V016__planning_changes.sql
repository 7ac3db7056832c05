-- Module planning: which fields each change of a strategy, field of action or measure touched, so that a stale save
-- (optimistic locking) can tell the user who changed what since the version they started from. The audit trail keeps
-- the full story; this table only answers "what changed after version n".
CREATE TABLE planning_change (
    id          BIGSERIAL PRIMARY KEY,
    -- 'strategy', 'field_of_action' or 'measure'
    entity_type VARCHAR(20)  NOT NULL,
    entity_id   BIGINT       NOT NULL,
    -- the version the change produced
    version     BIGINT       NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by  VARCHAR(64)  NOT NULL,
    -- the changed fields as the API names them, e.g. {title,deadline}
    fields      TEXT[]       NOT NULL,
    CONSTRAINT planning_change_type_chk CHECK (entity_type IN ('strategy', 'field_of_action', 'measure')),
    CONSTRAINT planning_change_version_uq UNIQUE (entity_type, entity_id, version)
);
