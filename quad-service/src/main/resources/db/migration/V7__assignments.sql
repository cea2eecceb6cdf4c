-- ADES assigns ADES officers and Education Scotland link inspectors to quads (and link inspectors to councils).
-- An assignment is live until revoked; its row stays afterwards, so who could read a quad when is kept.
-- username is the person's sign-in name (the token's preferred_username); role is the realm role it works with.
CREATE TABLE assignment (
    id           UUID PRIMARY KEY,
    role         TEXT        NOT NULL CHECK (role IN ('ades-officer', 'es-link')),
    username     TEXT        NOT NULL CHECK (char_length(username) BETWEEN 1 AND 100),
    quad_id      UUID        REFERENCES quad (id),
    cycle_id     UUID,
    council_code TEXT,
    assigned_at  TIMESTAMPTZ NOT NULL,
    assigned_by  TEXT        NOT NULL,
    revoked_at   TIMESTAMPTZ,
    revoked_by   TEXT,
    version      INTEGER     NOT NULL DEFAULT 0,
    CONSTRAINT assignment_quad_or_council CHECK ((quad_id IS NULL) <> (council_code IS NULL)),
    CONSTRAINT assignment_quad_has_cycle CHECK (quad_id IS NULL OR cycle_id IS NOT NULL),
    CONSTRAINT assignment_council_only_for_links CHECK (council_code IS NULL OR role = 'es-link'),
    CONSTRAINT assignment_revoked_by_someone CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
-- One live assignment per person, role and quad (or council): assigning twice is refused by these keys too.
CREATE UNIQUE INDEX assignment_live_to_quad ON assignment (username, role, quad_id)
    WHERE revoked_at IS NULL AND quad_id IS NOT NULL;
CREATE UNIQUE INDEX assignment_live_to_council ON assignment (username, role, council_code)
    WHERE revoked_at IS NULL AND council_code IS NOT NULL;
CREATE INDEX assignment_by_quad ON assignment (quad_id) WHERE quad_id IS NOT NULL;

-- Every assignment and revocation: who did what, when.
CREATE TABLE assignment_audit (
    id            BIGSERIAL PRIMARY KEY,
    assignment_id UUID        NOT NULL REFERENCES assignment (id),
    action        TEXT        NOT NULL CHECK (action IN ('assigned', 'revoked')),
    role          TEXT        NOT NULL,
    username      TEXT        NOT NULL,
    quad_id       UUID,
    council_code  TEXT,
    changed_at    TIMESTAMPTZ NOT NULL,
    changed_by    TEXT        NOT NULL
);
CREATE INDEX assignment_audit_by_assignment ON assignment_audit (assignment_id, id);
