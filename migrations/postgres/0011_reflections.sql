-- The pair's reflection after a visit (issue 19): each educator of the pair is asked once
-- after DONE; their next text that is not a keyword (or SKIP) is kept here, for the pair and
-- the coordinator, never for the family, and in no CSV with phone numbers.
CREATE TABLE reflections (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    visit_id        BIGINT NOT NULL REFERENCES visits(id),
    educator_id     BIGINT NOT NULL REFERENCES educators(id),
    asked_at        BIGINT NOT NULL,
    answered_at     BIGINT,
    skipped         BOOLEAN NOT NULL DEFAULT FALSE,
    words           TEXT,
    -- The educator's text that answered (its words are these words).
    message_id      BIGINT REFERENCES messages(id),
    words_erased_at BIGINT,
    CONSTRAINT reflection_once UNIQUE (visit_id, educator_id)
);
CREATE INDEX reflections_pending ON reflections (educator_id, answered_at);
