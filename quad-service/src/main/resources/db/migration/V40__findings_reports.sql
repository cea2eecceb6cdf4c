-- Each council's findings report for a cycle: drafted with its quad, agreed by the council's editor and by ADES,
-- published by ADES. An edition that has been published is never changed again: a correction is a new edition
-- (edition + 1, supersedes the one before), and both stay readable. sections holds the report's text (its
-- sections in order, each a list of paragraphs; a pre-filled paragraph names where it came from).
CREATE TABLE findings_report (
    id                UUID PRIMARY KEY,
    cycle_id          UUID        NOT NULL,
    cycle_name        TEXT        NOT NULL,
    quad_id           UUID        NOT NULL REFERENCES quad (id),
    council_code      TEXT        NOT NULL,
    council_name      TEXT        NOT NULL,
    edition           INTEGER     NOT NULL CHECK (edition >= 1),
    supersedes        UUID        REFERENCES findings_report (id),
    state             TEXT        NOT NULL CHECK (state IN ('draft', 'agreed', 'published', 'superseded')),
    sections          JSONB       NOT NULL,
    correction_reason TEXT,
    council_agreed_at TIMESTAMPTZ,
    council_agreed_by TEXT,
    ades_agreed_at    TIMESTAMPTZ,
    ades_agreed_by    TEXT,
    published_at      TIMESTAMPTZ,
    published_by      TEXT,
    superseded_at     TIMESTAMPTZ,
    superseded_by     UUID REFERENCES findings_report (id),
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT        NOT NULL,
    version           INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT findings_edition_once UNIQUE (cycle_id, council_code, edition),
    CONSTRAINT findings_correction_names_reason CHECK ((edition = 1) = (supersedes IS NULL)),
    CONSTRAINT findings_published_by_someone CHECK ((published_at IS NULL) = (published_by IS NULL)),
    CONSTRAINT findings_published_when_public
        CHECK ((state IN ('published', 'superseded')) = (published_at IS NOT NULL)),
    CONSTRAINT findings_agreed_by_both
        CHECK (state = 'draft' OR (council_agreed_at IS NOT NULL AND ades_agreed_at IS NOT NULL))
);
-- At most one edition of a council's report for a cycle is being drafted or agreed at a time.
CREATE UNIQUE INDEX findings_one_open_edition ON findings_report (cycle_id, council_code)
    WHERE state IN ('draft', 'agreed');
CREATE INDEX findings_by_quad ON findings_report (quad_id, council_code, edition);
-- The public pages: published editions, newest first.
CREATE INDEX findings_published ON findings_report (published_at DESC) WHERE published_at IS NOT NULL;

-- Every change to a report: who did what, when, and for an edited section its paragraphs before and after.
CREATE TABLE findings_audit (
    id         BIGSERIAL PRIMARY KEY,
    report_id  UUID        NOT NULL REFERENCES findings_report (id),
    action     TEXT        NOT NULL CHECK (action IN ('drafted', 'section-edited', 'agreed', 'agreement-withdrawn',
                                                      'published', 'superseded', 'correction-started')),
    section    TEXT,
    before     JSONB,
    after      JSONB,
    changed_at TIMESTAMPTZ NOT NULL,
    changed_by TEXT        NOT NULL
);
CREATE INDEX findings_audit_by_report ON findings_audit (report_id, id);
