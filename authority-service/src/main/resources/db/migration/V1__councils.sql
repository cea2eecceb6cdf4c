-- Scotland's councils, keyed by their GSS code (S12...). Councils are never deleted: they are deactivated.
CREATE TABLE council (
    gss_code               TEXT PRIMARY KEY CHECK (gss_code ~ '^S12[0-9]{6}$'),
    name                   TEXT        NOT NULL UNIQUE,
    lgbf_name              TEXT,
    legacy_gss_code        TEXT UNIQUE CHECK (legacy_gss_code ~ '^S12[0-9]{6}$'),
    regional_collaborative TEXT,
    people_family          INTEGER  CHECK (people_family BETWEEN 1 AND 4),
    other_family           INTEGER  CHECK (other_family BETWEEN 1 AND 4),
    active                 BOOLEAN     NOT NULL DEFAULT TRUE,
    version                INTEGER     NOT NULL DEFAULT 1,
    updated_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by             TEXT        NOT NULL DEFAULT 'seed'
);
