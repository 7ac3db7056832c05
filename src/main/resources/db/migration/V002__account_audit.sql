-- Module account: the audit trail every module writes to (who changed what, when)
CREATE TABLE audit_event (
    id          BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_key  VARCHAR(200) NOT NULL,
    summary     TEXT         NOT NULL,
    details     JSONB
);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_key);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at DESC, id DESC);
CREATE INDEX audit_event_type_time_idx ON audit_event (entity_type, occurred_at DESC, id DESC);
