-- Module planning: the change log of target values, so that a save based on an older version can name who changed
-- which fields in the meantime (optimistic locking with a useful conflict message).
CREATE TABLE target_change (
    target_id  BIGINT       NOT NULL REFERENCES target (id) ON DELETE CASCADE,
    -- the version the change produced (the target's version after it)
    version    BIGINT       NOT NULL,
    changed_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by VARCHAR(64)  NOT NULL,
    -- the names of the changed fields, comma-separated, e.g. "targetValue,targetDate"
    fields     VARCHAR(500) NOT NULL,
    PRIMARY KEY (target_id, version)
);
