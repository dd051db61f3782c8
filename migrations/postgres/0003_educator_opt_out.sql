-- An educator who texts STOP gets no more texts (carrier rules hold for staff too) until START.
ALTER TABLE educators ADD COLUMN opted_out_at BIGINT;
