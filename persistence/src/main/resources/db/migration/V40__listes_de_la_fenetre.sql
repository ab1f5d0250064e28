-- What the window reads each time a page shows, at ten years of data (issue 22): ranges of indexes instead of a
-- reading of whole tables.
-- The open files of the IJ 60 days list (the Situations page's line about the « courriers de mise à disposition »):
-- by origin then status; the file's id in it lets a count of those without a letter read the index alone.
CREATE INDEX IF NOT EXISTS ix_situation_origine_statut ON situation (origine, statut, id);
-- Those letters not posted yet: the few of the last import, the NULL range of this index.
CREATE INDEX IF NOT EXISTS ix_mise_a_disposition_poste ON mise_a_disposition (poste_le);
-- The follow-ups not done (the Suivis page by default): the NULL range of this index.
CREATE INDEX IF NOT EXISTS ix_suivi_realise ON suivi (realise_le);
