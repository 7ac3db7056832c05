-- Module indicator: the planner's mapping of a GENESIS table's columns to indicators, one per table code (e.g.
-- 12411-02-03-4), saved on the first committed import and reused for next year's file of the same table.
CREATE TABLE indicator_import_mapping (
    table_code  VARCHAR(40)  PRIMARY KEY,
    mapping     JSONB        NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
