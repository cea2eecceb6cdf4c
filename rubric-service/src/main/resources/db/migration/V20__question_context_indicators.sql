-- The context indicators (authority-service's codes, such as CHN4) a question bears on, comma-separated in the order
-- given; empty for none. The council's pages show the council's value beside its family's and Scotland's there.
-- Numbered apart from the migrations being written beside it (Flyway runs them out of order: quarkus.flyway.out-of-order).
ALTER TABLE question ADD COLUMN context_indicators TEXT NOT NULL DEFAULT '';
