-- The open files of the IJ 60 days list, read each time the Situations page shows (its line about the « courriers
-- de mise à disposition »): by origin then status, the list's files are a range of this index instead of a reading
-- of every file of ten years; the file's id in it lets the count of those without a letter read the index alone.
CREATE INDEX IF NOT EXISTS ix_situation_origine_statut ON situation (origine, statut, id);
