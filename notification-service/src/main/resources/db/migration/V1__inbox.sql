-- Projections of other services' facts, kept only to word and address notifications. Upserted from events.
CREATE TABLE council (
    gss_code TEXT PRIMARY KEY,
    name     TEXT NOT NULL
);

CREATE TABLE cycle (
    id                  UUID PRIMARY KEY,
    name                TEXT,
    submission_deadline DATE NOT NULL
);

-- A quad's members for its cycle; a later "formed" event for the same quad replaces all of its rows.
CREATE TABLE quad_member (
    quad_id      UUID NOT NULL,
    council_code TEXT NOT NULL,
    cycle_id     UUID NOT NULL,
    PRIMARY KEY (quad_id, council_code)
);
CREATE INDEX quad_member_by_cycle_council ON quad_member (cycle_id, council_code);

-- One row per audience told: a council ('council:<GSS>', all its users) or ADES ('ades', every ADES officer).
-- The id is derived from the source event and the audience, so a redelivered event cannot add a second row.
CREATE TABLE notification (
    id              UUID PRIMARY KEY,
    audience        TEXT        NOT NULL CHECK (audience = 'ades' OR audience LIKE 'council:_%'),
    type            TEXT        NOT NULL,
    title           TEXT        NOT NULL,
    body            TEXT        NOT NULL,
    link            TEXT,
    council_code    TEXT,
    cycle_id        UUID,
    source_event_id TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL
);
CREATE INDEX notification_inbox ON notification (audience, created_at DESC, id DESC);

-- Read state is each user's own: one user reading a council's notification leaves it unread for colleagues.
CREATE TABLE notification_read (
    reader          TEXT        NOT NULL,
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    read_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (reader, notification_id)
);
