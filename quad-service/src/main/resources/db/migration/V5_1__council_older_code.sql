-- A council's older GSS code (before boundary changes), from authority-service's council events: a code is accepted
-- wherever a council is named, so the council's own users reach its data by either.
ALTER TABLE council ADD COLUMN legacy_gss_code TEXT;
CREATE INDEX council_legacy_gss_code ON council (legacy_gss_code);
