-- An action agreed with an Idempotency-Key header keeps it, as comments do (V50): the same request sent again (a
-- retry after an answer that never arrived) finds the action it created instead of agreeing a second one. A key
-- belongs to the user who created the action within one quad; actions created without one leave both columns null.
-- The fingerprint (SHA-256 of the fields sent) is what the action was created from: the action may change later,
-- and a retry is still told from the key's reuse for a different action.
ALTER TABLE quad_action ADD COLUMN idempotency_key TEXT;
ALTER TABLE quad_action ADD COLUMN idempotency_fingerprint TEXT;
ALTER TABLE quad_action ADD CONSTRAINT quad_action_idempotency_both
    CHECK ((idempotency_key IS NULL) = (idempotency_fingerprint IS NULL));
CREATE UNIQUE INDEX quad_action_idempotency_key ON quad_action (quad_id, created_by, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
