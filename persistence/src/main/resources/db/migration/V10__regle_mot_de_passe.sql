-- The password rule of the e-mailed letters (by default the person's date of birth as DDMMYYYY).
ALTER TABLE serveur_smtp ADD COLUMN regle_mot_de_passe VARCHAR(40) DEFAULT 'DATE_NAISSANCE' NOT NULL;
