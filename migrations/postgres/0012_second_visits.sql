-- The year's second visit (issue 19): a campaign launched with --second-visit-of ID invites
-- the families whose visit in campaign ID was completed.
ALTER TABLE campaigns ADD COLUMN second_visit_of BIGINT REFERENCES campaigns(id);
