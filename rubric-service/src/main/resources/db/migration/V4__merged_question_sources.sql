-- A question merged from several questions of the earlier version: its first source stays in
-- question.derived_from_question_id (as for every other lineage), each further source is a row here, in order.
CREATE TABLE question_source (
    version_id         UUID    NOT NULL REFERENCES framework_version (id),
    question_id        UUID    NOT NULL REFERENCES question (id) ON DELETE CASCADE,
    source_question_id UUID    NOT NULL REFERENCES question (id),
    position           INTEGER NOT NULL,
    PRIMARY KEY (question_id, source_question_id)
);
CREATE INDEX question_source_version ON question_source (version_id);

CREATE TRIGGER question_source_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON question_source
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();
