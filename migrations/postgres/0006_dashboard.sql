-- Dashboard logins. A session is a random 32-byte token held by the browser in an HttpOnly
-- cookie; only its SHA-256 digest is stored, so a copy of the database signs nobody in. Each
-- session carries its own CSRF token (sent back in a hidden field of every form). A session
-- ends at `expires_at`, after a stretch without use (checked against `last_seen_at`), or at
-- logout (the row is deleted).
CREATE TABLE dashboard_sessions (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash      TEXT NOT NULL UNIQUE,
    coordinator_id  BIGINT NOT NULL REFERENCES coordinators(id),
    csrf_token      TEXT NOT NULL,
    created_at      BIGINT NOT NULL,
    last_seen_at    BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL
);
CREATE INDEX dashboard_sessions_coordinator ON dashboard_sessions (coordinator_id);

-- Wrong passwords, by the email tried and the address it came from, so every serve process
-- sharing this database throttles together. Rows older than the throttle window are pruned.
CREATE TABLE login_failures (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email      TEXT NOT NULL,
    address    TEXT NOT NULL,
    failed_at  BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);
CREATE INDEX login_failures_address ON login_failures (address, failed_at);
