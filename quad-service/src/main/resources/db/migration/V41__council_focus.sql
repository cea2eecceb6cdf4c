-- Each council's focus for a cycle as rubric-service announced it (proposed, agreed, sent back): the findings
-- report's focus section is pre-filled from the agreed one. One row per focus; the latest step wins.
CREATE TABLE council_focus (
    focus_id       UUID PRIMARY KEY,
    cycle_id       UUID        NOT NULL,
    council_code   TEXT        NOT NULL,
    state          TEXT        NOT NULL,
    area           TEXT,
    focus_question TEXT,
    key_questions  JSONB       NOT NULL DEFAULT '[]',
    changed_at     TIMESTAMPTZ NOT NULL,
    version        INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX council_focus_by_council ON council_focus (cycle_id, council_code);
