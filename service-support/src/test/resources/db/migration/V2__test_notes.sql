-- A versioned table the test application maps as a Panache entity, as the services map their aggregates.
CREATE TABLE test_note (
    id         UUID PRIMARY KEY,
    title      TEXT NOT NULL UNIQUE,
    body       TEXT NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0
);
