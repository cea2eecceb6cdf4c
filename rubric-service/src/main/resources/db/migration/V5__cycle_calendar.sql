-- A cycle's state follows its dates: in review the day after the submission deadline, closed the day after
-- closes_on (the end of the quads' peer-review window; none means ADES closes it by hand).
ALTER TABLE cycle ADD COLUMN closes_on DATE;
ALTER TABLE cycle ADD CONSTRAINT cycle_closes_after_deadline
    CHECK (closes_on IS NULL OR closes_on > submission_deadline);

-- Each move the calendar made, written in the transaction that moves the cycle and fills the outbox: the key makes
-- it happen once per cycle, state and date, however many replicas run the job, and never again after ADES moved
-- the cycle back by hand (until ADES sets a new date).
CREATE TABLE cycle_transition (
    cycle_id UUID        NOT NULL REFERENCES cycle (id),
    to_state TEXT        NOT NULL CHECK (to_state IN ('in-review', 'closed')),
    due_on   DATE        NOT NULL,
    moved_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (cycle_id, to_state, due_on)
);
