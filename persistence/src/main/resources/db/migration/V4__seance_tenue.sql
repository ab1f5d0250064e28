-- Holding a meeting: the reason the coordinatrice gave to sit without quorum (empty when there was none), and the
-- follow-ups decided with each decision, created as suivi rows when the meeting is closed.
ALTER TABLE seance ADD COLUMN derogation_quorum VARCHAR(2000) DEFAULT '' NOT NULL;

CREATE TABLE decision_suivi_prevu (
    decision_id    UUID NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    action         VARCHAR(1000) NOT NULL,
    responsable_id UUID REFERENCES membre (id),
    echeance       DATE NOT NULL,
    PRIMARY KEY (decision_id, position)
);

-- The standard phrases the cell keeps for the reasons of its decisions.
CREATE TABLE motif_type (
    id       UUID PRIMARY KEY,
    version  BIGINT NOT NULL,
    position INTEGER NOT NULL,
    texte    VARCHAR(2000) NOT NULL
);
INSERT INTO motif_type (id, version, position, texte) VALUES
    ('6d6f7469-6600-4000-8000-000000000001', 1, 1,
     'La mesure répond au projet professionnel de la personne et respecte les conditions réglementaires.'),
    ('6d6f7469-6600-4000-8000-000000000002', 1, 2, 'Avis défavorable du service médical.'),
    ('6d6f7469-6600-4000-8000-000000000003', 1, 3,
     'La durée demandée dépasse la durée autorisée pour cette mesure.'),
    ('6d6f7469-6600-4000-8000-000000000004', 1, 4, 'Les accords médicaux requis n''ont pas été recueillis.'),
    ('6d6f7469-6600-4000-8000-000000000005', 1, 5, 'Éléments insuffisants pour statuer.'),
    ('6d6f7469-6600-4000-8000-000000000006', 1, 6, 'Reprise du travail avant l''examen de la demande.');
