-- Indexes for the look-ups a reply makes by a column no index led with (issue 18). Each was a
-- full scan of its table on every reply: EXPLAIN QUERY PLAN of the statements a reply runs
-- (benches/README.md, "Full scans on every reply") showed SCAN for the sender's phone
-- (families, educators: their unique constraints lead with school_id), the family's students,
-- its newest invitation (the unique constraint leads with campaign_id), its booked visit, and
-- a school's open slots. At a district's 100,000 families that was several scans of 100,000
-- rows per reply.
CREATE INDEX families_phone ON families (phone);
CREATE INDEX educators_phone ON educators (phone);
CREATE INDEX students_family ON students (family_id);
CREATE INDEX invitations_family ON invitations (family_id, campaign_id);
CREATE INDEX visits_invitation ON visits (invitation_id);
CREATE INDEX visits_family ON visits (family_id);
CREATE INDEX slots_school_start ON slots (school_id, start_at);
-- Retention (every scheduler pass, in a write transaction) looks for texts whose words are
-- not erased yet, by age: without this it read every text ever stored, every minute.
CREATE INDEX messages_unerased ON messages (created_at) WHERE words_erased_at IS NULL;
-- The follow-up pass (every minute, in a write transaction) looks for invitations nobody
-- answered or followed up yet: they leave this index as soon as either happens.
CREATE INDEX invitations_awaiting_follow_up ON invitations (id)
    WHERE followed_up_at IS NULL AND replied_at IS NULL;
