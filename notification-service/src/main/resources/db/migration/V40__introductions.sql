-- A notice may also be addressed to one person by the email address they sign in with ('email:<address>'): a
-- council's named contact, asked a question through a learning-partner introduction, is known to this service by
-- the address the authority service lists, not by a user name. Such a person sees it when their token carries that
-- address, verified.
ALTER TABLE notification DROP CONSTRAINT notification_audience_check;
ALTER TABLE notification ADD CONSTRAINT notification_audience_check
    CHECK (audience = 'ades' OR audience LIKE 'council:_%' OR audience LIKE 'user:_%' OR audience LIKE 'email:_%');
