-- Voice (issue 17): a message is a text or a phone call, and a phone a text could not reach.
--
-- A call's row is a message like a text's: its body is what the call says, its provider_sid
-- the call's sid (CA…), its status the call's (queued, ringing, in-progress, completed,
-- busy, no-answer, failed, canceled). It goes through the same outbox.
ALTER TABLE messages ADD COLUMN channel TEXT NOT NULL DEFAULT 'sms' CHECK (channel IN ('sms', 'voice'));
-- A text to this family's phone failed as undeliverable to a landline or other non-mobile
-- number (30006): their messages are calls from then on, and a spoken confirmation is not
-- also texted.
ALTER TABLE families ADD COLUMN no_texts_at BIGINT;
