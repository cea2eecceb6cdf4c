-- Which narrative fields a question asks for, in order (e.g. 'evidence,nextSteps'); every question so far asked for
-- all four. An empty text means a level (or not applicable) and no narrative.
ALTER TABLE question ADD COLUMN narrative_fields TEXT NOT NULL DEFAULT 'evidence,strengths,areasForImprovement,nextSteps';
