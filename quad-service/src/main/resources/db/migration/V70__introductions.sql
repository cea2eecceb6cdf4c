-- A learning-partner introduction: a council's user asked a partner of its quad about one rubric item (a question,
-- or an indicator in a version graded per indicator). Both councils' levels are kept as they were when asked, so
-- the thread reads in the context it was written in. Nothing here is ever changed or deleted: with who and when on
-- every row, the introduction and its messages are their own audit trail.
CREATE TABLE introduction (
    id              UUID PRIMARY KEY,
    quad_id         UUID        NOT NULL REFERENCES quad (id),
    cycle_id        UUID        NOT NULL,
    item_code       TEXT        NOT NULL,
    item_prompt     TEXT,
    asker_council   TEXT        NOT NULL,
    asker_level     INTEGER,
    partner_council TEXT        NOT NULL CHECK (partner_council <> asker_council),
    partner_level   INTEGER,
    asked_by        TEXT        NOT NULL,
    asked_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX introduction_by_quad ON introduction (quad_id, asked_at);

-- The thread: the question first, then the replies from either council, oldest first.
CREATE TABLE introduction_message (
    id              UUID PRIMARY KEY,
    introduction_id UUID        NOT NULL REFERENCES introduction (id),
    author          TEXT        NOT NULL,
    author_email    TEXT,
    author_council  TEXT        NOT NULL,
    text            TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    posted_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX introduction_message_by_thread ON introduction_message (introduction_id, posted_at);
