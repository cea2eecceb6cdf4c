-- What an inviter shares with a guest (issue 25): chosen items of the agenda of the sessions the invitation names.
-- The guest reads those items (and may add input on them), not the agenda's others. An item taken off its session's
-- agenda is no longer shared.
CREATE TABLE guest_invitation_item (
    invitation_id UUID NOT NULL REFERENCES guest_invitation (id),
    item_id       UUID NOT NULL REFERENCES quad_session_item (id) ON DELETE CASCADE,
    PRIMARY KEY (invitation_id, item_id)
);
CREATE INDEX guest_invitation_item_by_item ON guest_invitation_item (item_id);

-- Invitations made before items were chosen showed the guest the whole agenda: they keep sharing what is on it now.
INSERT INTO guest_invitation_item (invitation_id, item_id)
SELECT s.invitation_id, i.id
FROM guest_invitation_session s JOIN quad_session_item i ON i.session_id = s.session_id;

-- A guest's input may be about one of the items shared with them (null: about the session). Input on an item taken
-- off the agenda stays, as input to the session.
ALTER TABLE guest_input ADD COLUMN item_id UUID REFERENCES quad_session_item (id) ON DELETE SET NULL;

-- Changing which items an invitation shares is audited like inviting and revoking; each audit row keeps the items the
-- invitation shared from then on (none for a revocation).
ALTER TABLE guest_invitation_audit DROP CONSTRAINT guest_invitation_audit_action_check;
ALTER TABLE guest_invitation_audit ADD CONSTRAINT guest_invitation_audit_action_check
    CHECK (action IN ('invited', 'revoked', 'shared'));
CREATE TABLE guest_invitation_audit_item (
    audit_id BIGINT NOT NULL REFERENCES guest_invitation_audit (id),
    item_id  UUID   NOT NULL,
    PRIMARY KEY (audit_id, item_id)
);
INSERT INTO guest_invitation_audit_item (audit_id, item_id)
SELECT a.id, i.item_id
FROM guest_invitation_audit a JOIN guest_invitation_item i ON i.invitation_id = a.invitation_id
WHERE a.action = 'invited';
