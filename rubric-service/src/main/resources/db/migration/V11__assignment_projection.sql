-- ADES's assignments of ADES officers and link inspectors, as quad-service announces them (quads.quads): who may
-- read the agreed focus of the councils of the quads they are assigned to (or of a council's quad, for a link
-- inspector assigned to a council). A revoked assignment stays, not live, so that a late grant cannot revive it.
CREATE TABLE assignment (
    id           uuid PRIMARY KEY,
    role         text        NOT NULL,
    username     text        NOT NULL,
    quad_id      uuid,
    council_code text,
    live         boolean     NOT NULL,
    as_of        timestamptz
);

CREATE INDEX assignment_by_username ON assignment (username) WHERE live;
