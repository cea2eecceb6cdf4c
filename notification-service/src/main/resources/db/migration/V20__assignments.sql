-- ADES's assignments of ADES officers and link inspectors, as quad-service announces them (quads.quads), so that
-- they are told what the members of their quads are told (comments, actions, changes of the quad). A quad assignment
-- names the quad; a link inspector's council assignment reaches the quads that council is in (quad_member). A revoked
-- assignment stays, not live, so that a late grant cannot revive it.
CREATE TABLE assignment (
    id           UUID PRIMARY KEY,
    role         TEXT        NOT NULL,
    username     TEXT        NOT NULL,
    quad_id      UUID,
    council_code TEXT,
    live         BOOLEAN     NOT NULL,
    as_of        TIMESTAMPTZ
);
CREATE INDEX assignment_by_quad ON assignment (quad_id) WHERE live;
CREATE INDEX assignment_by_council ON assignment (council_code) WHERE live;
