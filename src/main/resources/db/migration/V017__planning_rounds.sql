-- Module planning, evaluation rounds: who last changed the comment of a frozen entry, and in which version of the
-- round. A stale save (optimistic locking on evaluation_round.version) can then name exactly the comments that
-- others changed since the version the user started from.

ALTER TABLE evaluation_measure_entry
    -- the version of the round the comment was last changed in; null: never commented
    ADD COLUMN commented_in_version BIGINT,
    ADD COLUMN commented_at         TIMESTAMPTZ,
    ADD COLUMN commented_by         VARCHAR(64);

ALTER TABLE evaluation_target_entry
    -- the version of the round the comment was last changed in; null: never commented
    ADD COLUMN commented_in_version BIGINT,
    ADD COLUMN commented_at         TIMESTAMPTZ,
    ADD COLUMN commented_by         VARCHAR(64);

CREATE INDEX evaluation_round_strategy_idx ON evaluation_round (strategy_id, as_of);
