-- The simulated provider's own records: what each simulated phone received and sent. This is
-- the provider's side of the wire (as Twilio keeps its message log), not homevisit's: the
-- service's own `messages` table records the same texts from its side, and every figure comes
-- from there.
CREATE TABLE sim_messages (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The simulated phone, E.164.
    phone       TEXT NOT NULL,
    -- 'to_phone': homevisit texted this phone; 'from_phone': the phone texted homevisit.
    direction   TEXT NOT NULL CHECK (direction IN ('to_phone', 'from_phone')),
    body        TEXT NOT NULL,
    sid         TEXT NOT NULL UNIQUE,
    status      TEXT NOT NULL,
    created_at  BIGINT NOT NULL
);
CREATE INDEX sim_messages_by_phone ON sim_messages (phone, id);
