-- A council's self-evaluative statement: its context, a prioritised SWOT and an overall summary, one per
-- self-evaluation (so it is submitted, returned and recalled with the answers). The SWOT is stored as a JSON array
-- in text: it is always read and written whole with its statement, never queried item by item.
CREATE TABLE evaluation_statement (
    id              UUID PRIMARY KEY,
    evaluation_id   UUID        NOT NULL UNIQUE REFERENCES self_evaluation (id),
    context         TEXT,
    swot            TEXT        NOT NULL DEFAULT '[]',
    summary         TEXT,
    -- Pre-filled from the council's previous cycle and not yet saved by an editor: blocks submission.
    carried_forward BOOLEAN     NOT NULL DEFAULT FALSE,
    version         BIGINT      NOT NULL,
    updated_at      TIMESTAMPTZ NOT NULL,
    updated_by      TEXT        NOT NULL
);

-- Whether a council must write its statement before it can submit; cycles opened before the statement existed
-- do not ask for one.
ALTER TABLE cycle ADD COLUMN statement_required BOOLEAN NOT NULL DEFAULT FALSE;
