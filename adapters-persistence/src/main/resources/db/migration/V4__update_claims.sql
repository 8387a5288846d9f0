-- Claims that finish: an update is claimed by an owner at a time and marked done only once handled, so that a
-- redelivery meeting a claim whose handler died takes it over after the handling timeout instead of dropping it.
-- Rows written before this version (and by a previous release during a rolling deploy) count as done, as they did.
ALTER TABLE processed_update
    ADD COLUMN claimed_by text,
    ADD COLUMN claimed_at timestamptz,
    ADD COLUMN done       boolean NOT NULL DEFAULT true;
