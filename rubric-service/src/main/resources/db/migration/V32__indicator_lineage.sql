-- Lineage for quality indicators (issue 23), as questions have had since V1/V4: what an indicator of a new version
-- descends from in the version it was derived from (same, reworded, split-from, merged-from, new), so that a version
-- graded per quality indicator carries answers forward and compares trends through it. The first source sits in
-- indicator.derived_from_indicator_id, each further source of a merged indicator is a row of indicator_source.
ALTER TABLE indicator ADD COLUMN lineage TEXT
    CHECK (lineage IN ('same', 'reworded', 'split-from', 'merged-from', 'new'));
ALTER TABLE indicator ADD COLUMN derived_from_indicator_id UUID REFERENCES indicator (id);

CREATE TABLE indicator_source (
    version_id          UUID    NOT NULL REFERENCES framework_version (id),
    indicator_id        UUID    NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    source_indicator_id UUID    NOT NULL REFERENCES indicator (id),
    position            INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, source_indicator_id)
);
CREATE INDEX indicator_source_version ON indicator_source (version_id);

CREATE TRIGGER indicator_source_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON indicator_source
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();

-- Until now an indicator's answer carried to the indicator of the same code in the version derived from it: record
-- that as lineage on every stored version derived from another (to the indicator of its code: "same", or "reworded"
-- where its title changed; "new" where there is none), which is what carrying forward already assumed. Published
-- versions are otherwise unchangeable, so their guard stands aside for these two statements only.
ALTER TABLE indicator DISABLE TRIGGER indicator_only_in_drafts;
UPDATE indicator i
   SET derived_from_indicator_id = (SELECT earlier.id
                                      FROM framework_version v
                                      JOIN indicator earlier ON earlier.version_id = v.derived_from_version_id
                                     WHERE v.id = i.version_id AND earlier.code = i.code)
 WHERE i.version_id IN (SELECT id FROM framework_version WHERE derived_from_version_id IS NOT NULL);
UPDATE indicator i
   SET lineage = CASE
           WHEN i.derived_from_indicator_id IS NULL THEN 'new'
           WHEN (SELECT earlier.title FROM indicator earlier WHERE earlier.id = i.derived_from_indicator_id)
                = i.title THEN 'same'
           ELSE 'reworded' END
 WHERE i.version_id IN (SELECT id FROM framework_version WHERE derived_from_version_id IS NOT NULL);
ALTER TABLE indicator ENABLE TRIGGER indicator_only_in_drafts;
