-- The Suivis page at ten years of data (issue 22), read a page at a time along the due dates (decision 0065):
-- the follow-ups not done, by due date (the NULL range of this index, in its order); it replaces V40's index of the
-- completion date alone, a prefix of it.
CREATE INDEX IF NOT EXISTS ix_suivi_realise_echeance ON suivi (realise_le, echeance);
DROP INDEX IF EXISTS ix_suivi_realise;
-- When the follow-up was last named in a reminder that left, kept on its row when the reminder is sent, so that a
-- page shows it without reading the reminders (their follow-ups are a list of ids in one column). Filled for the
-- reminders already sent by the Java migration 41.1.
ALTER TABLE suivi ADD COLUMN IF NOT EXISTS rappele_le TIMESTAMP WITH TIME ZONE;
-- The letters of a file (its fingerprint): each document signed offline looks up its letters as it gets its
-- time-stamp, every two minutes in the coordinatrice's window, instead of reading every letter of ten years.
CREATE INDEX IF NOT EXISTS ix_notification_sha256 ON notification (sha256);
