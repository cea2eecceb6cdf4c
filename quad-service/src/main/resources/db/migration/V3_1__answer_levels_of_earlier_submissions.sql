-- answer_level for the submissions kept before the table existed: each council's latest shown submission per cycle.
INSERT INTO answer_level (cycle_id, council_code, question_code, rubric_version_id, level, not_applicable)
SELECT s.cycle_id, s.council_code, a ->> 'questionCode', s.rubric_version_id,
       CASE WHEN coalesce((a ->> 'notApplicable')::boolean, false) THEN NULL
            ELSE (a ->> 'level')::integer END,
       coalesce((a ->> 'notApplicable')::boolean, false)
FROM (SELECT DISTINCT ON (cycle_id, council_code) *
      FROM submission
      WHERE submitted_at IS NOT NULL AND (withdrawn_at IS NULL OR withdrawn_at < submitted_at)
      ORDER BY cycle_id, council_code, submitted_at DESC) s,
     jsonb_array_elements(coalesce(s.answers, '[]'::jsonb)) a
WHERE a ->> 'questionCode' IS NOT NULL
ON CONFLICT DO NOTHING;
