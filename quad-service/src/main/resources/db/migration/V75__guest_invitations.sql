-- Invited partners (issue 25): a council editor, the quad's ADES officer or ADES invites a person (CLD, ASN, health,
-- social work, a college ...) to named sessions of a quad until an expiry date. The guest signs in with the realm
-- role quad-guest; their token's verified email ties them to their invitations. Live until revoked or past
-- expires_on (the last day it may be used; checked when read); the row stays afterwards.
CREATE TABLE guest_invitation (
    id           UUID PRIMARY KEY,
    quad_id      UUID        NOT NULL REFERENCES quad (id),
    cycle_id     UUID        NOT NULL,
    name         TEXT        NOT NULL CHECK (char_length(name) BETWEEN 1 AND 200),
    email        TEXT        NOT NULL CHECK (char_length(email) BETWEEN 3 AND 254 AND email = lower(email)),
    organisation TEXT        NOT NULL CHECK (char_length(organisation) BETWEEN 1 AND 200),
    expires_on   DATE        NOT NULL,
    note         TEXT        CHECK (char_length(note) BETWEEN 1 AND 5000),
    invited_at   TIMESTAMPTZ NOT NULL,
    invited_by   TEXT        NOT NULL,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT,
    version      INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT guest_invitation_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX guest_invitation_by_quad ON guest_invitation (quad_id);
CREATE INDEX guest_invitation_by_email ON guest_invitation (email) WHERE revoked_at IS NULL;

-- The sessions an invitation opens, each a session of the invitation's quad (checked by the service).
CREATE TABLE guest_invitation_session (
    invitation_id UUID NOT NULL REFERENCES guest_invitation (id),
    session_id    UUID NOT NULL REFERENCES quad_session (id),
    PRIMARY KEY (invitation_id, session_id)
);
CREATE INDEX guest_invitation_session_by_session ON guest_invitation_session (session_id);

-- Every invitation and revocation: who did what, when.
CREATE TABLE guest_invitation_audit (
    id            BIGSERIAL PRIMARY KEY,
    invitation_id UUID        NOT NULL REFERENCES guest_invitation (id),
    quad_id       UUID        NOT NULL,
    action        TEXT        NOT NULL CHECK (action IN ('invited', 'revoked')),
    email         TEXT        NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL,
    changed_by    TEXT        NOT NULL
);
CREATE INDEX guest_invitation_audit_by_quad ON guest_invitation_audit (quad_id, id);

-- A guest's input to a session's record, written under one of their invitations; kept as written.
CREATE TABLE guest_input (
    id            UUID PRIMARY KEY,
    session_id    UUID        NOT NULL REFERENCES quad_session (id),
    invitation_id UUID        NOT NULL REFERENCES guest_invitation (id),
    author_name   TEXT        NOT NULL,
    organisation  TEXT        NOT NULL,
    text          TEXT        NOT NULL CHECK (char_length(text) BETWEEN 1 AND 5000),
    posted_at     TIMESTAMPTZ NOT NULL
);
CREATE INDEX guest_input_by_session ON guest_input (session_id, posted_at);
