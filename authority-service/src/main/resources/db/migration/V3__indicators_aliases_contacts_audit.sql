-- Context indicators (LGBF): definitions, and values per council and for Scotland as a whole, by period.
CREATE TABLE indicator (
    code             TEXT PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_]{1,40}$'),
    title            TEXT NOT NULL,
    unit             TEXT NOT NULL,
    higher_is_better BOOLEAN,
    family_set       TEXT NOT NULL DEFAULT 'people' CHECK (family_set IN ('people', 'other'))
);

-- period is the LGBF year label: a school or financial year ("2020-21") or a rolling span ("2016-19").
CREATE TABLE indicator_value (
    id        BIGSERIAL PRIMARY KEY,
    gss_code  TEXT    NOT NULL REFERENCES council (gss_code),
    indicator TEXT    NOT NULL REFERENCES indicator (code),
    period    TEXT    NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
    value     NUMERIC NOT NULL,
    UNIQUE (gss_code, indicator, period)
);
CREATE INDEX indicator_value_by_indicator ON indicator_value (indicator, period);

-- Scotland as a whole (S92000003), the benchmark beside every council.
CREATE TABLE scotland_indicator_value (
    id        BIGSERIAL PRIMARY KEY,
    indicator TEXT    NOT NULL REFERENCES indicator (code),
    period    TEXT    NOT NULL CHECK (period ~ '^[0-9]{4}-[0-9]{2}$'),
    value     NUMERIC NOT NULL,
    UNIQUE (indicator, period)
);

-- Other spellings of a council's name; match_key is the name normalised by NameMatcher, unique across councils.
CREATE TABLE council_alias (
    match_key TEXT PRIMARY KEY,
    alias     TEXT NOT NULL,
    gss_code  TEXT NOT NULL REFERENCES council (gss_code)
);
CREATE INDEX council_alias_by_council ON council_alias (gss_code);

-- The people to notify at a council; notifications is a comma-separated list of notification types.
CREATE TABLE council_contact (
    id            UUID PRIMARY KEY,
    gss_code      TEXT        NOT NULL REFERENCES council (gss_code),
    name          TEXT        NOT NULL,
    email         TEXT        NOT NULL,
    role          TEXT,
    notifications TEXT        NOT NULL DEFAULT '',
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by    TEXT        NOT NULL
);
CREATE UNIQUE INDEX council_contact_email ON council_contact (gss_code, lower(email));

-- Every change to a council, its aliases, its contacts or its indicator values: who, when, what, before and after.
CREATE TABLE council_audit (
    id        BIGSERIAL PRIMARY KEY,
    gss_code  TEXT        NOT NULL,
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    by_user   TEXT        NOT NULL,
    action    TEXT        NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX council_audit_by_council ON council_audit (gss_code, id);
