-- File numbers sorted as numbers: past 9 999 files in a year, "PDP-2026-10000" must come after "PDP-2026-9999".
-- The sort key pads the sequence number to 12 digits (OrdreNumerosDossier.cle computes the same for new rows);
-- LPAD and SUBSTRING ... FROM ... FOR exist in H2 and PostgreSQL.
ALTER TABLE situation ADD COLUMN numero_tri VARCHAR(40) DEFAULT '' NOT NULL;
UPDATE situation SET numero_tri = CASE WHEN numero_dossier LIKE 'PDP-____-%'
    THEN SUBSTRING(numero_dossier FROM 1 FOR 9) || LPAD(SUBSTRING(numero_dossier FROM 10), 12, '0')
    ELSE numero_dossier END;
-- The Situations page reads its page in this order (newest first) and stops after one page: an index range,
-- not a sort of the whole table.
CREATE INDEX ix_situation_numero_tri ON situation (numero_tri);
