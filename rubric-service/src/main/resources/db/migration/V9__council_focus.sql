-- A council's focus for a cycle: the area it wants to improve, its overarching focus question, up to six key
-- questions, and the rubric items (quality indicators, questions) and context indicators it relates to. Drafted by
-- the council's editors, proposed to ADES, agreed or sent back with a comment; a change after it was proposed or
-- agreed makes it a draft again, to be proposed and agreed anew. Lists are JSON arrays in text, read and written
-- whole with their focus.
CREATE TABLE council_focus (
    id                 UUID PRIMARY KEY,
    cycle_id           UUID        NOT NULL REFERENCES cycle (id),
    council_code       TEXT        NOT NULL,
    area               TEXT,
    focus_question     TEXT,
    key_questions      TEXT        NOT NULL DEFAULT '[]',
    indicators         TEXT        NOT NULL DEFAULT '[]',
    questions          TEXT        NOT NULL DEFAULT '[]',
    context_indicators TEXT        NOT NULL DEFAULT '[]',
    state              TEXT        NOT NULL DEFAULT 'draft',
    ades_comment       TEXT,
    proposed_at        TIMESTAMPTZ,
    proposed_by        TEXT,
    decided_at         TIMESTAMPTZ,
    decided_by         TEXT,
    version            BIGINT      NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         TEXT        NOT NULL,
    UNIQUE (cycle_id, council_code),
    CHECK (state IN ('draft', 'proposed', 'agreed', 'sent-back'))
);
