-- The quad's work: comments on partners' answers, agreed actions, and the sessions where the quad meets.

-- A comment on one partner's answer to one question, or a reply in its thread. The root of a thread has a kind
-- (a challenge or a question); replies carry 'reply'. Text is kept exactly as typed. Who wrote it (user name, the
-- email their token carried, their council; ADES has none) is kept so later replies can name earlier writers.
CREATE TABLE quad_comment (
    id             UUID PRIMARY KEY,
    quad_id        UUID        NOT NULL REFERENCES quad (id),
    cycle_id       UUID        NOT NULL,
    thread_id      UUID        NOT NULL,
    in_reply_to    UUID        REFERENCES quad_comment (id),
    question_code  TEXT        NOT NULL,
    about_council  TEXT        NOT NULL,
    kind           TEXT        NOT NULL CHECK (kind IN ('challenge', 'question', 'reply')),
    text           TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
    author         TEXT        NOT NULL,
    author_email   TEXT,
    author_council TEXT,
    posted_at      TIMESTAMPTZ NOT NULL,
    CHECK ((in_reply_to IS NULL) = (kind <> 'reply'))
);
CREATE INDEX quad_comment_by_quad ON quad_comment (quad_id, posted_at);
CREATE INDEX quad_comment_by_thread ON quad_comment (thread_id, posted_at);

-- An action a quad agreed: one member council owns it. question_codes: the rubric questions it follows up.
CREATE TABLE quad_action (
    id             UUID PRIMARY KEY,
    quad_id        UUID        NOT NULL REFERENCES quad (id),
    cycle_id       UUID        NOT NULL,
    owner_council  TEXT        NOT NULL,
    description    TEXT        NOT NULL CHECK (char_length(description) BETWEEN 1 AND 2000),
    question_codes JSONB       NOT NULL,
    due_date       DATE        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
    status_reason  TEXT        CHECK (char_length(status_reason) <= 2000),
    created_at     TIMESTAMPTZ NOT NULL,
    created_by     TEXT        NOT NULL,
    updated_at     TIMESTAMPTZ NOT NULL,
    updated_by     TEXT        NOT NULL,
    version        INTEGER     NOT NULL DEFAULT 0,
    CHECK (status <> 'dropped' OR status_reason IS NOT NULL)
);
CREATE INDEX quad_action_by_quad ON quad_action (quad_id, due_date);
CREATE INDEX quad_action_by_cycle_due ON quad_action (cycle_id, due_date) WHERE status IN ('open', 'in-progress');

-- Each due-soon or overdue notice announced for an action, written in the transaction that puts its event in the
-- outbox: the primary key makes each go out once per action and kind, however many replicas run the daily job.
CREATE TABLE quad_action_notice (
    action_id UUID        NOT NULL REFERENCES quad_action (id),
    kind      TEXT        NOT NULL CHECK (kind IN ('due-soon', 'overdue')),
    sent_on   DATE        NOT NULL,
    sent_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (action_id, kind)
);

-- A meeting of the quad: when and where, the questions on its agenda (in order), and notes written afterwards.
CREATE TABLE quad_session (
    id         UUID PRIMARY KEY,
    quad_id    UUID        NOT NULL REFERENCES quad (id),
    cycle_id   UUID        NOT NULL,
    starts_at  TIMESTAMPTZ NOT NULL,
    location   TEXT        CHECK (char_length(location) <= 200),
    agenda     JSONB       NOT NULL,
    notes      TEXT        CHECK (char_length(notes) <= 20000),
    created_at TIMESTAMPTZ NOT NULL,
    created_by TEXT        NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL,
    updated_by TEXT        NOT NULL,
    version    INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX quad_session_by_quad ON quad_session (quad_id, starts_at);
