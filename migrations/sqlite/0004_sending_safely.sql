-- Sending safely (issue 14).
--
-- An opt-out belongs to a phone, whoever sent the STOP: a number not on any roster, a family
-- in one school, an educator. A family row created later for that phone starts opted out, and
-- only START (or UNSTOP, or the locale's start words) removes the row here.
CREATE TABLE phone_opt_outs (
    phone         TEXT PRIMARY KEY,
    opted_out_at  BIGINT NOT NULL,
    -- What opted it out: 'reply' (a STOP text), 'provider' (21610 or OptOutType), 'sentence'
    -- (a plain-language request, which a coordinator is told about).
    source        TEXT NOT NULL
);
INSERT INTO phone_opt_outs (phone, opted_out_at, source)
    SELECT phone, MIN(opted_out_at), 'reply' FROM families WHERE opted_out_at IS NOT NULL GROUP BY phone
    ON CONFLICT (phone) DO NOTHING;
INSERT INTO phone_opt_outs (phone, opted_out_at, source)
    SELECT phone, MIN(opted_out_at), 'reply' FROM educators WHERE opted_out_at IS NOT NULL GROUP BY phone
    ON CONFLICT (phone) DO NOTHING;

-- The recipient's time zone, so the sender checks quiet hours in the recipient's local time
-- when it claims a text (not only when it was queued), and when it claims it was (for looking
-- up, at the provider, a send whose answer never came).
ALTER TABLE outbox ADD COLUMN zone TEXT;
ALTER TABLE outbox ADD COLUMN claimed_at BIGINT;
UPDATE outbox SET zone = (SELECT s.timezone FROM messages m JOIN schools s ON s.id = m.school_id
                          WHERE m.id = outbox.message_id);
