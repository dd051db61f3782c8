-- Operating with families' data (issue 20).
--
-- Process-wide settings kept in the database (the key that hashes the phones of forgotten
-- families, so their opt-out survives the erasure).
CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
-- Every erasure (`homevisit forget`) with its time and what was erased, never the phone.
CREATE TABLE erasures (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    erased_at   BIGINT NOT NULL,
    what        TEXT NOT NULL
);
-- When a message's words were erased (by `forget` or by retention); the fact stays.
ALTER TABLE messages ADD COLUMN words_erased_at BIGINT;
-- The key, made once per database (two random UUIDs: 244 random bits).
INSERT INTO settings (key, value)
    VALUES ('erasure_key', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
