-- The grading grain (issue 23). A version grades each question (as every version stored before this did) or each
-- quality indicator as a whole; a question is graded (a level, as before) or narrative (text only, required or
-- optional). In a version graded per quality indicator the level and its narrative belong to the indicator, and an
-- answer row then names the indicator instead of a question.
ALTER TABLE framework_version ADD COLUMN grading_grain TEXT NOT NULL DEFAULT 'question'
    CHECK (grading_grain IN ('question', 'quality-indicator'));

ALTER TABLE question ADD COLUMN kind TEXT NOT NULL DEFAULT 'graded' CHECK (kind IN ('graded', 'narrative'));
-- Only a narrative question may be optional; a graded one is always required.
ALTER TABLE question ADD COLUMN required BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE question ADD CONSTRAINT question_only_narrative_optional CHECK (required OR kind = 'narrative');

-- Whether a council may mark a quality indicator not applicable (with a reason), in a version graded per indicator.
ALTER TABLE indicator ADD COLUMN not_applicable_allowed BOOLEAN NOT NULL DEFAULT FALSE;

-- An answer is to a question, or (graded per quality indicator) to an indicator: exactly one of the two.
-- question_code then holds the indicator's code, so that an answer still says what it answered on its own.
ALTER TABLE answer ALTER COLUMN question_id DROP NOT NULL;
ALTER TABLE answer ADD COLUMN indicator_id UUID REFERENCES indicator (id);
ALTER TABLE answer ADD CONSTRAINT answer_one_item CHECK ((question_id IS NULL) <> (indicator_id IS NULL));
ALTER TABLE answer ADD CONSTRAINT answer_evaluation_id_indicator_id_key UNIQUE (evaluation_id, indicator_id);
