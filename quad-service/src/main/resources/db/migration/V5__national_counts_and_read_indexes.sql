-- The national distribution, counted as the submissions arrive rather than on every read: per cycle, question and
-- level (or not applicable), how many councils' shown submissions gave it. Kept in step with answer_level by the
-- consumer, in the same transaction, so a read is one indexed lookup of a few rows per question, however many
-- councils there are. A level is null for "not applicable" and for an answer without a level.
CREATE TABLE answer_count (
    cycle_id       UUID    NOT NULL,
    question_code  TEXT    NOT NULL,
    level          INTEGER,
    not_applicable BOOLEAN NOT NULL,
    councils       INTEGER NOT NULL,
    CONSTRAINT answer_count_once UNIQUE NULLS NOT DISTINCT (cycle_id, question_code, level, not_applicable)
);
INSERT INTO answer_count (cycle_id, question_code, level, not_applicable, councils)
SELECT cycle_id, question_code, level, not_applicable, count(*)
FROM answer_level
GROUP BY cycle_id, question_code, level, not_applicable;

-- Nothing counts answer_level by cycle any more; the trend reads a council's rows from the index alone.
DROP INDEX answer_level_national;
DROP INDEX answer_level_by_council;
CREATE INDEX answer_level_by_council ON answer_level (council_code, cycle_id)
    INCLUDE (question_code, rubric_version_id, level, not_applicable);

-- A cycle's shown submissions (how many councils submitted; a quad's members' latest), without the hidden ones.
CREATE INDEX submission_shown ON submission (cycle_id, council_code, submitted_at)
    WHERE submitted_at IS NOT NULL AND (withdrawn_at IS NULL OR withdrawn_at < submitted_at);
