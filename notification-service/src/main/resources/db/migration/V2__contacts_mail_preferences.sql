-- What a cycle's reveal rule and state are, to word "answers revealed" notices.
ALTER TABLE cycle ADD COLUMN reveal_rule TEXT;
ALTER TABLE cycle ADD COLUMN state TEXT;

-- A council's contacts as the authority service last announced them (replaced whole on each change).
-- notifications: the types the contact wants by email unless their preferences say otherwise, space-separated.
CREATE TABLE contact (
    council_code  TEXT NOT NULL,
    contact_id    UUID NOT NULL,
    name          TEXT,
    email         TEXT NOT NULL,
    role          TEXT,
    notifications TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (council_code, contact_id)
);

-- Which councils have a submitted self-evaluation in a cycle now (returned or recalled ones are removed).
CREATE TABLE submitted_evaluation (
    cycle_id     UUID NOT NULL,
    council_code TEXT NOT NULL,
    PRIMARY KEY (cycle_id, council_code)
);

-- A person's choice for one notification type, keyed by their email address so that it matches contacts.
CREATE TABLE preference (
    user_email TEXT        NOT NULL,
    type       TEXT        NOT NULL,
    email_mode TEXT        NOT NULL CHECK (email_mode IN ('on', 'off', 'digest')),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (user_email, type)
);

-- One mail to send (channel 'email') or to gather into the daily digest (channel 'digest'). The unique key
-- makes a redelivered event a no-op; the content is rendered when the row is written, so retries send the same.
CREATE TABLE delivery (
    id              BIGSERIAL PRIMARY KEY,
    event_id        TEXT        NOT NULL,
    notification_id UUID        NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
    recipient       TEXT        NOT NULL,
    channel         TEXT        NOT NULL CHECK (channel IN ('email', 'digest')),
    status          TEXT        NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts        INTEGER     NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    subject         TEXT        NOT NULL,
    text_body       TEXT        NOT NULL,
    html_body       TEXT        NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    sent_at         TIMESTAMPTZ,
    UNIQUE (notification_id, recipient, channel)
);
CREATE INDEX delivery_due ON delivery (next_attempt_at) WHERE status = 'pending';

-- Scheduled jobs that must run on one instance only take a lease here first.
CREATE TABLE job_lease (
    name       TEXT PRIMARY KEY,
    holder     TEXT        NOT NULL,
    held_until TIMESTAMPTZ NOT NULL
);
