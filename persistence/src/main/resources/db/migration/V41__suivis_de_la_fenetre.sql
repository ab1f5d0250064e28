-- The Suivis page at ten years of data (issue 22), read a page at a time along the due dates:
-- the follow-ups not done, by due date (the NULL range of this index, in its order); it replaces V40's index of the
-- completion date alone, a prefix of it.
CREATE INDEX IF NOT EXISTS ix_suivi_realise_echeance ON suivi (realise_le, echeance);
DROP INDEX IF EXISTS ix_suivi_realise;
-- The reminders sent since a day (when each follow-up of the page was last reminded) along an index of their days,
-- not a reading of every reminder with its wording.
CREATE INDEX IF NOT EXISTS ix_rappel_jour ON rappel_suivis (jour);
