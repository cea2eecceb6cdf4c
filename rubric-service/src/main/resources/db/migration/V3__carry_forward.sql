-- An answer pre-filled from the council's previous cycle stays flagged until an editor saves or confirms it; an
-- answer left empty on purpose (a merged question) carries a note saying why.
ALTER TABLE answer ADD COLUMN carried_forward BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE answer ADD COLUMN carry_note      TEXT;
