-- A notification may also be addressed to one person ('user:<username>'), such as a reply in a thread they wrote in.
ALTER TABLE notification DROP CONSTRAINT notification_audience_check;
ALTER TABLE notification ADD CONSTRAINT notification_audience_check
    CHECK (audience = 'ades' OR audience LIKE 'council:_%' OR audience LIKE 'user:_%');
