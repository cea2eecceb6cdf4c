-- A comment or reply posted with an Idempotency-Key header keeps it, so that the same request sent again (a retry
-- after a lost answer) finds the comment it made instead of posting a second one. A key belongs to its author within
-- one quad; comments posted without one leave it null.
ALTER TABLE quad_comment ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX quad_comment_idempotency_key ON quad_comment (quad_id, author, idempotency_key)
    WHERE idempotency_key IS NOT NULL;
