-- Interpreters (issue 19): the educators CSV's `role` column. An interpreter is never half of
-- a pair (slots refuse them); one who speaks the family's language and is free (the same
-- travel buffer and overlap rules, through visit_educators) joins a visit whose pair does not.
ALTER TABLE educators ADD COLUMN role TEXT NOT NULL DEFAULT 'educator' CHECK (role IN ('educator', 'interpreter'));
ALTER TABLE visits ADD COLUMN interpreter_id BIGINT REFERENCES educators(id);
