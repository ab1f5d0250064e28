-- Eligibility of the measures (issue 18, decision 0030). The person carries the facts the law reserves some
-- measures to: an RQTH and any other title of beneficiary of the employment obligation (BOETH), each with its
-- dates, and what the occupational doctor stated of their fitness (risk of unfitness, unfitness declared).
ALTER TABLE assure ADD COLUMN rqth_debut DATE;
ALTER TABLE assure ADD COLUMN rqth_fin DATE;
ALTER TABLE assure ADD COLUMN boeth_debut DATE;
ALTER TABLE assure ADD COLUMN boeth_fin DATE;
ALTER TABLE assure ADD COLUMN inaptitude VARCHAR(20) DEFAULT 'AUCUNE' NOT NULL;
ALTER TABLE assure ADD COLUMN date_inaptitude DATE;

-- The catalogue's conditions on those facts (any one suffices), as data the cell updates when the law changes.
ALTER TABLE regle_mesure ADD COLUMN conditions_eligibilite VARCHAR(200) DEFAULT '' NOT NULL;

-- A catalogue stored before holds the old defaults; bring them to the seeds' rules where the cell left them as set:
-- the essai encadré and the CRPE for employees (seed 003), the CRPE for a person with an RQTH, a BOETH title, an
-- unfitness declared or a risk of unfitness stated by the occupational doctor, the temps partiel thérapeutique with
-- the agreements seed 003 names. A measure missing from the table takes the application's default.
UPDATE regle_mesure SET statuts_eligibles = 'SALARIE,INVALIDE_EN_ACTIVITE'
WHERE mesure IN ('ESSAI_ENCADRE', 'CRPE') AND statuts_eligibles = '';
UPDATE regle_mesure SET conditions_eligibilite = 'RQTH,BOETH,INAPTITUDE_DECLAREE,RISQUE_INAPTITUDE'
WHERE mesure = 'CRPE';
UPDATE regle_mesure SET accords_requis = 'MEDECIN_TRAITANT,MEDECIN_CONSEIL,MEDECIN_TRAVAIL',
                        statuts_eligibles = 'SALARIE,TRAVAILLEUR_INDEPENDANT,INVALIDE_EN_ACTIVITE'
WHERE mesure = 'TEMPS_PARTIEL_THERAPEUTIQUE' AND accords_requis = 'MEDECIN_TRAITANT' AND statuts_eligibles = '';
