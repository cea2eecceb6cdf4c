CREATE TABLE test_effect (
    id         BIGSERIAL PRIMARY KEY,
    council    TEXT NOT NULL,
    name       TEXT NOT NULL
);
