-- An educator who texts STOP gets no more texts (carrier rules hold for staff too) until START,
-- and both are recorded with their time, as for families.
ALTER TABLE educators ADD COLUMN opted_out_at BIGINT;
ALTER TABLE educators ADD COLUMN opted_in_at BIGINT;
