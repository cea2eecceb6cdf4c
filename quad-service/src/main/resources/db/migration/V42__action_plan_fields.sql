-- An action as a line of the council's improvement plan: the officer accountable for it (name and role), how success
-- will be measured, the baseline it starts from and the target it aims at (a target needs its baseline), optionally
-- one of the council's LGBF indicators with the latest value authority-service gave when the indicator was chosen,
-- and the next step of the council's findings report it serves (the paragraph's id, and its text as it read then).
-- Every column is optional: actions agreed before these existed keep reading as they were.
ALTER TABLE quad_action
    ADD COLUMN officer_name      TEXT CHECK (char_length(officer_name) <= 200),
    ADD COLUMN officer_role      TEXT CHECK (char_length(officer_role) <= 200),
    ADD COLUMN success_measure   TEXT CHECK (char_length(success_measure) <= 2000),
    ADD COLUMN baseline          TEXT CHECK (char_length(baseline) <= 500),
    ADD COLUMN target            TEXT CHECK (char_length(target) <= 500),
    ADD COLUMN indicator_code    TEXT CHECK (char_length(indicator_code) <= 50),
    ADD COLUMN indicator_title   TEXT,
    ADD COLUMN indicator_unit    TEXT,
    ADD COLUMN indicator_period  TEXT,
    ADD COLUMN indicator_value   DOUBLE PRECISION,
    ADD COLUMN next_step_id      UUID,
    ADD COLUMN next_step_text    TEXT,
    ADD CONSTRAINT quad_action_target_has_baseline CHECK (target IS NULL OR baseline IS NOT NULL),
    ADD CONSTRAINT quad_action_indicator_read CHECK ((indicator_code IS NULL) = (indicator_title IS NULL)),
    ADD CONSTRAINT quad_action_next_step_quoted CHECK ((next_step_id IS NULL) = (next_step_text IS NULL));
