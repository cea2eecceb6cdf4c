-- The professional dialogue (issue 25): a session gains a purpose, hosts, the roles invited, who attended, and an
-- agenda of items (rubric items, a member council's key questions, free topics), each recording its outcome.

-- The purpose: a focus question or a key question of one member council, in its words as the session takes it up.
-- hosts: user names; invited_roles: the roles asked to take part; attendance: [{name, organisation}] as recorded.
ALTER TABLE quad_session
    ADD COLUMN purpose_kind    TEXT CHECK (purpose_kind IN ('focus-question', 'key-question')),
    ADD COLUMN purpose_council TEXT,
    ADD COLUMN purpose_text    TEXT CHECK (char_length(purpose_text) BETWEEN 1 AND 2000),
    ADD COLUMN hosts           JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN invited_roles   JSONB NOT NULL DEFAULT '[]',
    ADD COLUMN attendance      JSONB NOT NULL DEFAULT '[]',
    ADD CONSTRAINT quad_session_purpose_whole
        CHECK ((purpose_kind IS NULL) = (purpose_council IS NULL) AND (purpose_kind IS NULL) = (purpose_text IS NULL));

-- One item of a session's agenda, in order. A rubric item names its question; a key question names its council and
-- carries the question's words; a topic carries its title. The outcome: agreed strengths and areas for improvement,
-- as the quad wrote them, with who recorded them last and when. The session's agenda column stays the codes of its
-- rubric items in order (kept by the service), for readers of the list of codes.
CREATE TABLE quad_session_item (
    id            UUID PRIMARY KEY,
    session_id    UUID        NOT NULL REFERENCES quad_session (id),
    position      INTEGER     NOT NULL CHECK (position >= 0),
    kind          TEXT        NOT NULL CHECK (kind IN ('rubric-item', 'key-question', 'topic')),
    question_code TEXT,
    council       TEXT,
    title         TEXT        CHECK (char_length(title) BETWEEN 1 AND 500),
    strengths     TEXT        CHECK (char_length(strengths) <= 5000),
    improvements  TEXT        CHECK (char_length(improvements) <= 5000),
    outcome_by    TEXT,
    outcome_at    TIMESTAMPTZ,
    version       INTEGER     NOT NULL DEFAULT 0,
    CHECK ((kind = 'rubric-item') = (question_code IS NOT NULL)),
    CHECK ((kind = 'key-question') = (council IS NOT NULL)),
    CHECK ((kind = 'rubric-item') = (title IS NULL))
);
CREATE INDEX quad_session_item_by_session ON quad_session_item (session_id, position);

-- The items of the sessions scheduled before: each agenda question becomes a rubric item, in the same order.
INSERT INTO quad_session_item (id, session_id, position, kind, question_code)
SELECT gen_random_uuid(), s.id, (a.n - 1)::INTEGER, 'rubric-item', a.code
FROM quad_session s, jsonb_array_elements_text(s.agenda) WITH ORDINALITY AS a (code, n);

-- An action the quad raised from an agenda item: an action comes from one item at most; written once, never changed.
CREATE TABLE quad_session_item_action (
    action_id UUID        PRIMARY KEY REFERENCES quad_action (id),
    item_id   UUID        NOT NULL REFERENCES quad_session_item (id),
    raised_at TIMESTAMPTZ NOT NULL,
    raised_by TEXT        NOT NULL
);
CREATE INDEX quad_session_item_action_by_item ON quad_session_item_action (item_id);
