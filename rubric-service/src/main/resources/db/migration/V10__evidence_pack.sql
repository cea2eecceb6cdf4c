-- A council's evidence pack for a cycle: files and https links, each with a title, a description, a date and the
-- rubric items (questions, quality indicators), SWOT items and key questions of the focus it supports. The lists are
-- JSON arrays in text, read and written whole with their item.
--
-- A file's bytes live in evidence_chunk, in pieces of at most 512 KiB, written in the same transaction as the
-- item's row: a failed upload leaves neither, and no row points at missing bytes (the chunks cascade with their
-- item). Kept in PostgreSQL rather than an object store so that one transaction covers the metadata, the bytes, the
-- quota check and the audit entry, and backups and restores of the service's database carry the pack with it.
CREATE TABLE evidence_item (
    id                 UUID PRIMARY KEY,
    cycle_id           UUID        NOT NULL REFERENCES cycle (id),
    council_code       TEXT        NOT NULL,
    kind               TEXT        NOT NULL,
    title              TEXT        NOT NULL,
    description        TEXT,
    evidence_date      DATE,
    url                TEXT,
    file_name          TEXT,
    media_type         TEXT,
    size_bytes         BIGINT      NOT NULL DEFAULT 0,
    sha256             TEXT,
    chunks             INTEGER     NOT NULL DEFAULT 0,
    questions          TEXT        NOT NULL DEFAULT '[]',
    indicators         TEXT        NOT NULL DEFAULT '[]',
    swot_items         TEXT        NOT NULL DEFAULT '[]',
    key_questions      TEXT        NOT NULL DEFAULT '[]',
    -- When the pack it is in was first submitted: from then on partners may have seen it, so it stays as it is.
    shared_at          TIMESTAMPTZ,
    version            BIGINT      NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL,
    created_by         TEXT        NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL,
    updated_by         TEXT        NOT NULL,
    CHECK (kind IN ('file', 'link')),
    CHECK ((kind = 'file' AND file_name IS NOT NULL AND media_type IS NOT NULL AND url IS NULL)
        OR (kind = 'link' AND url IS NOT NULL AND file_name IS NULL))
);

CREATE INDEX evidence_item_by_council ON evidence_item (cycle_id, council_code);

CREATE TABLE evidence_chunk (
    item_id UUID    NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    seq     INTEGER NOT NULL,
    data    BYTEA   NOT NULL,
    PRIMARY KEY (item_id, seq)
);
