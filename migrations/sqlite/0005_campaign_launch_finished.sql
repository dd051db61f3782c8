-- A launch commits in batches (so texts arriving meanwhile are answered at once). Until its
-- last batch is in, `launch_finished_at` is NULL: launching the same campaign name again
-- resumes that campaign instead of inviting its families a second time. Campaigns launched
-- before this column existed were launched in one transaction, so they are finished.
ALTER TABLE campaigns ADD COLUMN launch_finished_at BIGINT;
UPDATE campaigns SET launch_finished_at = launched_at;
