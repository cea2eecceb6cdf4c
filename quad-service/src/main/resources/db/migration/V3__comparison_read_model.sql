-- Returned and recalled self-evaluations. A withdrawal may arrive before the submission it withdraws (events come
-- in any order), so a row can exist with no submission yet. An evaluation is shown while it has been submitted
-- after its latest withdrawal: submitted_at IS NOT NULL AND (withdrawn_at IS NULL OR withdrawn_at < submitted_at).
ALTER TABLE submission ALTER COLUMN submitted_at DROP NOT NULL;
ALTER TABLE submission ALTER COLUMN answers DROP NOT NULL;
ALTER TABLE submission ADD COLUMN withdrawn_at TIMESTAMPTZ;
ALTER TABLE submission ADD COLUMN withdrawn_how TEXT CHECK (withdrawn_how IN ('returned', 'recalled'));

-- Question lineage: the version a published version was based on (each question's lineage is in its JSON).
ALTER TABLE rubric_version ADD COLUMN based_on_version_id UUID;

-- One row per council, cycle and question: the level of the council's shown submission, kept in step with
-- submission by the consumer. It is what the national picture counts and the trend reads, without unpacking
-- every submission's JSON on each request.
CREATE TABLE answer_level (
    cycle_id          UUID    NOT NULL,
    council_code      TEXT    NOT NULL,
    question_code     TEXT    NOT NULL,
    rubric_version_id UUID,
    level             INTEGER,
    not_applicable    BOOLEAN NOT NULL,
    PRIMARY KEY (cycle_id, council_code, question_code)
);
CREATE INDEX answer_level_national ON answer_level (cycle_id, question_code, level);
CREATE INDEX answer_level_by_council ON answer_level (council_code, cycle_id);
