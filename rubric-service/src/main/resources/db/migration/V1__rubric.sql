-- The rubric service's own tables. Nothing is seeded: the demo loader imports its framework through the API.

-- Councils as authority-service announces them (quads.councils), to check the council codes callers use.
CREATE TABLE council (
    gss_code        TEXT PRIMARY KEY,
    name            TEXT        NOT NULL,
    legacy_gss_code TEXT,
    active          BOOLEAN     NOT NULL DEFAULT TRUE,
    -- The time of the event this row reflects: an older event arriving late does not overwrite a newer one.
    as_of           TIMESTAMPTZ
);
CREATE INDEX council_legacy_code ON council (legacy_gss_code);

-- A rubric framework, such as the demonstration framework; its content lives in its versions.
CREATE TABLE framework (
    id          UUID PRIMARY KEY,
    code        TEXT        NOT NULL UNIQUE,
    title       TEXT        NOT NULL,
    description TEXT,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by  TEXT        NOT NULL
);

-- One version of a framework's content: a draft can change; once published it never does.
CREATE TABLE framework_version (
    id                      UUID PRIMARY KEY,
    framework_id            UUID        NOT NULL REFERENCES framework (id),
    number                  INTEGER     NOT NULL CHECK (number >= 1),
    label                   TEXT        NOT NULL,
    status                  TEXT        NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'retired')),
    -- The published version this one was started from, when it was (lineage between versions).
    derived_from_version_id UUID REFERENCES framework_version (id),
    created_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by              TEXT        NOT NULL,
    published_at            TIMESTAMPTZ,
    published_by            TEXT,
    version                 BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (framework_id, number),
    CHECK (status <> 'published' OR published_at IS NOT NULL)
);

-- The version's evaluation scale, in the order it is shown (for the demo framework 6 down to 1).
CREATE TABLE scale_level (
    version_id UUID    NOT NULL REFERENCES framework_version (id),
    value      INTEGER NOT NULL,
    label      TEXT    NOT NULL,
    descriptor TEXT,
    position   INTEGER NOT NULL,
    PRIMARY KEY (version_id, value)
);

-- Themes -> quality indicators -> questions. Each piece has its own id so that a draft can be edited piece by
-- piece; codes are unique within a version; position orders siblings.
CREATE TABLE theme (
    id         UUID PRIMARY KEY,
    version_id UUID    NOT NULL REFERENCES framework_version (id),
    code       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    guidance   TEXT,
    position   INTEGER NOT NULL,
    UNIQUE (version_id, code)
);

CREATE TABLE indicator (
    id         UUID PRIMARY KEY,
    version_id UUID    NOT NULL REFERENCES framework_version (id),
    theme_id   UUID    NOT NULL REFERENCES theme (id),
    code       TEXT    NOT NULL,
    title      TEXT    NOT NULL,
    guidance   TEXT,
    position   INTEGER NOT NULL,
    UNIQUE (version_id, code)
);
CREATE INDEX indicator_theme ON indicator (theme_id);

CREATE TABLE question (
    id                       UUID PRIMARY KEY,
    version_id               UUID    NOT NULL REFERENCES framework_version (id),
    indicator_id             UUID    NOT NULL REFERENCES indicator (id),
    code                     TEXT    NOT NULL,
    title                    TEXT,
    prompt                   TEXT    NOT NULL,
    guidance                 TEXT,
    illustration             TEXT,
    position                 INTEGER NOT NULL,
    not_applicable_allowed   BOOLEAN NOT NULL DEFAULT FALSE,
    -- What this question descends from in the version this one was derived from; null when not recorded.
    -- A question merged from several keeps one source here; the others will need a link table of their own.
    lineage                  TEXT CHECK (lineage IN ('same', 'reworded', 'split-from', 'merged-from', 'new')),
    derived_from_question_id UUID REFERENCES question (id),
    UNIQUE (version_id, code)
);
CREATE INDEX question_indicator ON question (indicator_id);

-- A published (or retired) version is immutable: the database refuses any change to its content.
CREATE FUNCTION rubric_content_only_in_drafts() RETURNS trigger AS $$
DECLARE
    target UUID;
BEGIN
    IF TG_OP = 'DELETE' THEN
        target := OLD.version_id;
    ELSE
        target := NEW.version_id;
    END IF;
    IF EXISTS (SELECT 1 FROM framework_version WHERE id = target AND status <> 'draft')
            OR (TG_OP = 'UPDATE' AND EXISTS (
                SELECT 1 FROM framework_version WHERE id = OLD.version_id AND status <> 'draft')) THEN
        RAISE EXCEPTION 'Rubric version % is not a draft: its content cannot change', target
            USING ERRCODE = 'check_violation';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER scale_level_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON scale_level
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();
CREATE TRIGGER theme_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON theme
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();
CREATE TRIGGER indicator_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON indicator
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();
CREATE TRIGGER question_only_in_drafts BEFORE INSERT OR UPDATE OR DELETE ON question
    FOR EACH ROW EXECUTE FUNCTION rubric_content_only_in_drafts();

-- An annual cycle: which published version councils answer, and until when.
CREATE TABLE cycle (
    id                  UUID PRIMARY KEY,
    name                TEXT        NOT NULL,
    rubric_version_id   UUID        NOT NULL REFERENCES framework_version (id),
    opens_on            DATE        NOT NULL,
    submission_deadline DATE        NOT NULL,
    reveal_rule         TEXT        NOT NULL
        CHECK (reveal_rule IN ('all-submitted-or-deadline', 'on-submission', 'after-deadline')),
    state               TEXT        NOT NULL DEFAULT 'open',
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by          TEXT        NOT NULL,
    version             BIGINT      NOT NULL DEFAULT 0,
    CHECK (submission_deadline > opens_on)
);
CREATE UNIQUE INDEX cycle_name_unique ON cycle (lower(name));

-- One council's self-evaluation in one cycle, shared by that council's editors. Created by the first save.
CREATE TABLE self_evaluation (
    id           UUID PRIMARY KEY,
    cycle_id     UUID        NOT NULL REFERENCES cycle (id),
    council_code TEXT        NOT NULL,
    state        TEXT        NOT NULL DEFAULT 'draft',
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by   TEXT        NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_at TIMESTAMPTZ,
    submitted_by TEXT,
    -- Bumped by every change, under the row lock every change takes: the evaluation's ETag.
    version      BIGINT      NOT NULL DEFAULT 0,
    UNIQUE (cycle_id, council_code)
);

-- One question's answer, tied to the question (and so to the version) it answered. version 1 is the first save.
CREATE TABLE answer (
    id                    UUID PRIMARY KEY,
    evaluation_id         UUID        NOT NULL REFERENCES self_evaluation (id),
    question_id           UUID        NOT NULL REFERENCES question (id),
    question_code         TEXT        NOT NULL,
    level                 INTEGER,
    not_applicable        BOOLEAN     NOT NULL DEFAULT FALSE,
    not_applicable_reason TEXT,
    evidence              TEXT,
    strengths             TEXT,
    areas_for_improvement TEXT,
    next_steps            TEXT,
    version               BIGINT      NOT NULL,
    updated_at            TIMESTAMPTZ NOT NULL,
    updated_by            TEXT        NOT NULL,
    UNIQUE (evaluation_id, question_id),
    CHECK (NOT (not_applicable AND level IS NOT NULL))
);

-- Who changed what and when. Rows are only ever added.
CREATE TABLE audit_entry (
    id            BIGSERIAL PRIMARY KEY,
    occurred_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor         TEXT        NOT NULL,
    action        TEXT        NOT NULL,
    subject_type  TEXT        NOT NULL,
    subject_id    UUID        NOT NULL,
    cycle_id      UUID,
    council_code  TEXT,
    question_code TEXT,
    old_level     INTEGER,
    new_level     INTEGER,
    detail        TEXT
);
CREATE INDEX audit_entry_subject ON audit_entry (subject_type, subject_id, id);
CREATE INDEX audit_entry_council ON audit_entry (cycle_id, council_code, id);
