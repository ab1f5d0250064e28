-- The waiting requests of a file, counted for each line of the Situations list and checked for each file the
-- « requests waiting » filter walks (decisions 0050, 0060, 0062): an index by file then status answers both from
-- the index alone, where the index by file read each request's row for its status.
CREATE INDEX IF NOT EXISTS ix_demande_situation_statut ON demande (situation_id, statut);
