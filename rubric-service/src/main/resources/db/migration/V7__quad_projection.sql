-- Quads as quad-service announces them (quads.quads), kept only to know whether a council's partners have all
-- submitted, and so may already have seen its answers, before it recalls its submission.
CREATE TABLE quad (
    id         uuid PRIMARY KEY,
    cycle_id   uuid        NOT NULL,
    as_of      timestamptz
);

CREATE TABLE quad_member (
    quad_id      uuid NOT NULL REFERENCES quad (id) ON DELETE CASCADE,
    council_code text NOT NULL,
    PRIMARY KEY (quad_id, council_code)
);

CREATE INDEX quad_member_by_council ON quad_member (council_code);
