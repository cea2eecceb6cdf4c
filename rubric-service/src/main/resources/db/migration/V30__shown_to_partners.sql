-- When a submission was first shown to the council's quad partners (its cycle's reveal rule fired for it): from
-- then on it can never be recalled, even if a partner's evaluation is later returned for revision and so the quad
-- is no longer "all submitted". Written only by rubric-service's repository (the reveal is decided across quads).
ALTER TABLE self_evaluation ADD COLUMN shown_to_partners_at TIMESTAMPTZ;
