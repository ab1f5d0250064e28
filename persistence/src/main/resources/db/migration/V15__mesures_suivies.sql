-- A measure the cell only follows (a right of the person or a doctor's prescription: catalogue column
-- suivi_seulement; by default the visite de pré-reprise, the rendez-vous de liaison and the temps partiel
-- thérapeutique) is never granted nor refused (issue 18). The decisions recorded on such measures before become
-- followed entries, dates kept; the outcome recorded then is kept at the head of the reasons, so the history stays
-- readable. Letters not sent yet for them are withdrawn (the cell decided nothing, it writes to nobody); a letter
-- already sent stays on record.
UPDATE decision SET
    motifs = SUBSTRING('Enregistrée comme « ' || CASE issue
                WHEN 'ACCORD' THEN 'Accord'
                WHEN 'ACCORD_SOUS_RESERVE' THEN 'Accord sous réserve'
                WHEN 'REFUS' THEN 'Refus'
                WHEN 'AJOURNEMENT' THEN 'Ajournement'
                WHEN 'SANS_OBJET' THEN 'Sans objet'
                ELSE issue END
            || ' » avant que la cellule ne suive la mesure sans la décider.'
            || CASE WHEN motifs = '' THEN '' ELSE ' ' || motifs END FROM 1 FOR 10000),
    issue = 'SUIVIE'
WHERE issue <> 'SUIVIE'
  AND demande_id IN (
      SELECT d.id FROM demande d LEFT JOIN regle_mesure r ON r.mesure = d.mesure
      WHERE r.suivi_seulement = TRUE
         OR (r.mesure IS NULL AND d.mesure IN ('VISITE_PRE_REPRISE', 'RENDEZ_VOUS_LIAISON',
                                               'TEMPS_PARTIEL_THERAPEUTIQUE')));

DELETE FROM notification
WHERE statut <> 'ENVOYEE'
  AND decision_id IN (SELECT id FROM decision WHERE issue = 'SUIVIE');

-- The approval of the previous meeting's minutes, recorded at the meeting that approves them (issue 18): approved,
-- or approved with changes, and the changes; printed in that meeting's minutes.
CREATE TABLE approbation_pv (
    id            UUID PRIMARY KEY,
    version       BIGINT NOT NULL,
    seance_id     UUID NOT NULL REFERENCES seance (id),
    precedente_id UUID NOT NULL REFERENCES seance (id),
    approbation   VARCHAR(40) NOT NULL,
    modifications VARCHAR(10000) NOT NULL,
    CONSTRAINT uq_approbation_pv_seance UNIQUE (seance_id)
);
