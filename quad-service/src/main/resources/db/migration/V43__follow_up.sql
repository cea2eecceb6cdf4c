-- The follow-up of a round's actions. ADES may set a cycle's follow-up point; without one, a council's point is one
-- year after its findings report for the cycle was first published. At the follow-up the council records progress
-- on each action it owns: its status then and the evidence of impact, kept as a history (one row per record).
CREATE TABLE cycle_follow_up (
    cycle_id     UUID PRIMARY KEY,
    follow_up_on DATE        NOT NULL,
    set_at       TIMESTAMPTZ NOT NULL,
    set_by       TEXT        NOT NULL,
    version      INTEGER     NOT NULL DEFAULT 0
);

CREATE TABLE action_progress (
    id          UUID PRIMARY KEY,
    action_id   UUID        NOT NULL REFERENCES quad_action (id),
    status      TEXT        NOT NULL CHECK (status IN ('open', 'in-progress', 'done', 'dropped')),
    impact      TEXT        NOT NULL CHECK (char_length(impact) BETWEEN 1 AND 5000),
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by TEXT        NOT NULL,
    version     INTEGER     NOT NULL DEFAULT 0
);
CREATE INDEX action_progress_by_action ON action_progress (action_id, recorded_at);

-- The daily job's notices now include the reminder before an action's follow-up point, once per action.
ALTER TABLE quad_action_notice DROP CONSTRAINT quad_action_notice_kind_check;
ALTER TABLE quad_action_notice ADD CONSTRAINT quad_action_notice_kind_check
    CHECK (kind IN ('due-soon', 'overdue', 'follow-up'));
