-- The council's self-evaluative statement as submitted with its answers (context, SWOT, summary), shown to its
-- quad partners under the same reveal rule as the answers; null for a submission without one.
ALTER TABLE submission ADD COLUMN statement JSONB;
