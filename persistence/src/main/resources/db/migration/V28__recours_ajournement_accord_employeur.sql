-- Issue 18, decision 0033. Whether the cell's adjournment letters give the appeal route, as a refusal's do: the cell
-- decides it; off by default, the letter then says an adjournment cannot be appealed (decision 0030).
ALTER TABLE cellule ADD COLUMN recours_sur_ajournement BOOLEAN DEFAULT FALSE NOT NULL;

-- The temps partiel thérapeutique needs the employer's agreement too (seed 003: « avec l'accord du médecin conseil,
-- du médecin du travail et de l'employeur »). A catalogue stored with V25's default is brought to it; a rule the
-- cell changed is left as the cell set it.
UPDATE regle_mesure SET accords_requis = 'MEDECIN_TRAITANT,MEDECIN_CONSEIL,MEDECIN_TRAVAIL,EMPLOYEUR'
WHERE mesure = 'TEMPS_PARTIEL_THERAPEUTIQUE' AND accords_requis = 'MEDECIN_TRAITANT,MEDECIN_CONSEIL,MEDECIN_TRAVAIL';
