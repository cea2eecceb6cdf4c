-- Round two: return and recall of self-evaluations, cycle states moved by ADES, deadline reminders.

-- A submitted evaluation ADES returned for revision ('returned': editable again, even after the deadline).
ALTER TABLE self_evaluation ADD COLUMN returned_at   TIMESTAMPTZ;
ALTER TABLE self_evaluation ADD COLUMN returned_by   TEXT;
ALTER TABLE self_evaluation ADD COLUMN return_reason TEXT;
ALTER TABLE self_evaluation ADD CONSTRAINT self_evaluation_state
    CHECK (state IN ('draft', 'submitted', 'returned'));

-- Days before the deadline on which councils that have not submitted are reminded, e.g. '14,7,1'.
ALTER TABLE cycle ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '14,7,1';
ALTER TABLE cycle ADD CONSTRAINT cycle_state CHECK (state IN ('open', 'in-review', 'closed'));

-- Each deadline reminder announced, written in the transaction that puts its event in the outbox: the unique key
-- makes it go out once per cycle, kind and due day, however many replicas run the job and however often.
CREATE TABLE cycle_reminder (
    cycle_id   UUID        NOT NULL REFERENCES cycle (id),
    kind       TEXT        NOT NULL CHECK (kind IN ('deadline-approaching', 'deadline-passed')),
    due_on     DATE        NOT NULL,
    days_left  INTEGER     NOT NULL,
    councils   INTEGER     NOT NULL,
    sent_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle_id, kind, due_on)
);
