-- homevisit core schema (SQLite). Times are BIGINT seconds since the Unix epoch (UTC),
-- the same as on SQLite, so one set of SQL strings serves both databases; the clock's time is
-- always a bound parameter, never the database's now().

CREATE TABLE schools (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key         TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    timezone    TEXT NOT NULL,
    country     TEXT NOT NULL DEFAULT 'US',
    contact     TEXT,
    created_at  BIGINT NOT NULL
);

CREATE TABLE educators (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id       BIGINT NOT NULL REFERENCES schools(id),
    name            TEXT NOT NULL,
    phone           TEXT NOT NULL,
    languages       TEXT NOT NULL DEFAULT 'en',
    email           TEXT,
    calendar_token  TEXT NOT NULL UNIQUE,
    created_at      BIGINT NOT NULL,
    CONSTRAINT educator_phone_unique UNIQUE (school_id, phone)
);

CREATE TABLE families (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id     BIGINT NOT NULL REFERENCES schools(id),
    guardian      TEXT NOT NULL,
    phone         TEXT NOT NULL,
    language      TEXT NOT NULL,
    contact       TEXT NOT NULL DEFAULT 'sms' CHECK (contact IN ('sms', 'voice')),
    opted_out_at  BIGINT,
    opted_in_at   BIGINT,
    created_at    BIGINT NOT NULL,
    CONSTRAINT family_phone_unique UNIQUE (school_id, phone)
);

CREATE TABLE students (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id   BIGINT NOT NULL REFERENCES schools(id),
    family_id   BIGINT NOT NULL REFERENCES families(id),
    student_ref TEXT,
    name        TEXT NOT NULL,
    teacher_id  BIGINT REFERENCES educators(id),
    CONSTRAINT student_ref_unique UNIQUE (school_id, student_ref)
);
CREATE UNIQUE INDEX student_name_per_family ON students (family_id, name) WHERE student_ref IS NULL;

CREATE TABLE slots (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id    BIGINT NOT NULL REFERENCES schools(id),
    educator_1   BIGINT NOT NULL REFERENCES educators(id),
    educator_2   BIGINT NOT NULL REFERENCES educators(id),
    start_at     BIGINT NOT NULL,
    minutes      BIGINT NOT NULL DEFAULT 30 CHECK (minutes > 0 AND minutes <= 240),
    location     TEXT,
    created_at   BIGINT NOT NULL,
    -- Two distinct educators, stored in id order so one pair has one spelling.
    CONSTRAINT slot_educators_differ CHECK (educator_1 < educator_2),
    CONSTRAINT slot_unique UNIQUE (educator_1, educator_2, start_at)
);

CREATE TABLE campaigns (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id       BIGINT NOT NULL REFERENCES schools(id),
    name            TEXT NOT NULL,
    sample_percent  BIGINT CHECK (sample_percent > 0 AND sample_percent <= 100),
    seed            BIGINT,
    roster_size     BIGINT NOT NULL,
    launched_at     BIGINT NOT NULL
);

CREATE TABLE invitations (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id     BIGINT NOT NULL REFERENCES campaigns(id),
    family_id       BIGINT NOT NULL REFERENCES families(id),
    state           TEXT NOT NULL CHECK (state IN ('invited', 'followed_up', 'clarifying', 'booked',
                        'declined', 'cancelled', 'opted_out', 'completed')),
    -- The slot ids of the numbered options the family last saw, comma-separated, in order.
    offer           TEXT NOT NULL DEFAULT '',
    -- Where the family asked to meet (NULL: their home).
    place           TEXT,
    awaiting_place  BOOLEAN NOT NULL DEFAULT 0,
    invited_at      BIGINT NOT NULL,
    followed_up_at  BIGINT,
    handed_off_at   BIGINT,
    replied_at      BIGINT,
    updated_at      BIGINT NOT NULL,
    CONSTRAINT invitation_unique UNIQUE (campaign_id, family_id)
);

CREATE TABLE visits (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    slot_id        BIGINT NOT NULL REFERENCES slots(id),
    family_id      BIGINT NOT NULL REFERENCES families(id),
    invitation_id  BIGINT NOT NULL REFERENCES invitations(id),
    state          TEXT NOT NULL CHECK (state IN ('booked', 'cancelled', 'completed')),
    place          TEXT,
    booked_at      BIGINT NOT NULL,
    cancelled_at   BIGINT,
    completed_at   BIGINT,
    reminded_at    BIGINT
);
-- One visit per slot (a cancelled visit frees its slot).
CREATE UNIQUE INDEX visit_slot_unique ON visits (slot_id) WHERE state <> 'cancelled';

-- Every text, in and out. Families' words are kept verbatim.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    school_id     BIGINT REFERENCES schools(id),
    family_id     BIGINT REFERENCES families(id),
    educator_id   BIGINT REFERENCES educators(id),
    phone         TEXT NOT NULL,
    body          TEXT NOT NULL,
    provider_sid  TEXT UNIQUE,
    status        TEXT NOT NULL,
    error_code    BIGINT,
    segments      BIGINT NOT NULL DEFAULT 1,
    intent        TEXT,
    created_at    BIGINT NOT NULL,
    updated_at    BIGINT NOT NULL
);
CREATE INDEX messages_phone ON messages (phone, id);
CREATE INDEX messages_family ON messages (family_id, id);

-- The outbound queue: a row per message to send, claimed by a sender worker.
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    message_id       BIGINT NOT NULL UNIQUE REFERENCES messages(id),
    -- The recipient (E.164), so messages to one phone go out in order.
    phone            TEXT NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'unknown', 'cancelled')),
    not_before       BIGINT NOT NULL,
    attempts         BIGINT NOT NULL DEFAULT 0,
    lease_until      BIGINT,
    last_error       TEXT,
    created_at       BIGINT NOT NULL
);
CREATE INDEX outbox_due ON outbox (state, not_before, id);
CREATE INDEX outbox_phone ON outbox (phone, state, id);

-- What a coordinator needs to read and answer: free text, educators' CANT, unknown words.
CREATE TABLE inbox (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id     BIGINT REFERENCES schools(id),
    message_id    BIGINT REFERENCES messages(id),
    family_id     BIGINT REFERENCES families(id),
    educator_id   BIGINT REFERENCES educators(id),
    reason        TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    resolved_at   BIGINT
);

-- Numbers we don't know that texted in, answered once.
CREATE TABLE unknown_senders (
    phone        TEXT PRIMARY KEY,
    answered_at  BIGINT NOT NULL
);

CREATE TABLE coordinators (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    school_id      BIGINT NOT NULL REFERENCES schools(id),
    email          TEXT NOT NULL UNIQUE,
    password_hash  TEXT NOT NULL,
    created_at     BIGINT NOT NULL
);

CREATE TABLE api_tokens (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    coordinator_id  BIGINT NOT NULL REFERENCES coordinators(id),
    token_hash      TEXT NOT NULL UNIQUE,
    created_at      BIGINT NOT NULL,
    revoked_at      BIGINT
);

-- Per-sender send budget shared by every serve process: the earliest time (ms) the next
-- segment may go.
CREATE TABLE send_budget (
    sender        TEXT PRIMARY KEY,
    next_free_ms  BIGINT NOT NULL
);

-- Who is busy when: one row per educator of a booked visit, busy from the visit's start until
-- its end plus the travel buffer. SQLite has no exclusion constraints: `store::visits::book`
-- checks for an overlap and inserts inside one `BEGIN IMMEDIATE` transaction, which no other
-- writer can interleave with.
CREATE TABLE visit_educators (
    visit_id     INTEGER NOT NULL REFERENCES visits(id),
    educator_id  INTEGER NOT NULL REFERENCES educators(id),
    busy_from    BIGINT NOT NULL,
    busy_until   BIGINT NOT NULL CHECK (busy_until > busy_from),
    active       BOOLEAN NOT NULL DEFAULT 1,
    PRIMARY KEY (visit_id, educator_id)
);
CREATE INDEX visit_educators_busy ON visit_educators (educator_id, busy_from) WHERE active;
