-- A school's own quiet hours (issue 19): `school add --quiet-hours 20:00-08:00` for a state
-- whose law is stricter than HOMEVISIT_QUIET_HOURS. NULL: the default applies. 'none': off.
ALTER TABLE schools ADD COLUMN quiet_hours TEXT;
-- Each queued message carries its school's window (as it carries its zone), so the sender
-- re-checks the right one when it claims the row.
ALTER TABLE outbox ADD COLUMN quiet_hours TEXT;
