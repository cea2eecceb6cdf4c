-- Issue 23: a version graded per quality indicator is kept with its indicators as the items compared (in
-- questions, each indicator's code and title standing for a question's); false for every version before grains.
ALTER TABLE rubric_version ADD COLUMN graded_per_indicator BOOLEAN NOT NULL DEFAULT FALSE;
