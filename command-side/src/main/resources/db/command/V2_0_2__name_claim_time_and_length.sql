-- Name claims remember when they were made, so a claim whose event never reached the event store (a crash between
-- the SQL commit and the append on Axon Server) can be told from one in flight; and names are as long as spec §5
-- allows (e-mails up to 100 characters). Portable SQL: H2 has no MODIFY COLUMN, so the column is copied and renamed.
ALTER TABLE cmd_name_claim ADD COLUMN claimed_at TIMESTAMP(6) NULL;
ALTER TABLE cmd_name_claim ADD COLUMN name_key_wide VARCHAR(100) NULL;
UPDATE cmd_name_claim SET name_key_wide = name_key;
ALTER TABLE cmd_name_claim DROP COLUMN name_key;
ALTER TABLE cmd_name_claim RENAME COLUMN name_key_wide TO name_key;
