-- The people's personal codes: the password of the letters e-mailed to them, drawn at random and given on paper
-- (printed on a posted letter; given once that letter is marked posted). Kept so that the application can encrypt
-- for it; the H2 file is encrypted at rest (decision record 0013), see decision record 0024.
CREATE TABLE code_courriel (
    id         UUID PRIMARY KEY,
    version    BIGINT NOT NULL,
    assure_id  UUID NOT NULL UNIQUE REFERENCES assure (id),
    code       VARCHAR(20) NOT NULL,
    cree_le    TIMESTAMP WITH TIME ZONE NOT NULL,
    lettre_id  UUID,
    remis_le   DATE,
    remis_par  VARCHAR(200) DEFAULT '' NOT NULL
);

-- The date of birth was the rule by default, never chosen: the personal code replaces it. The postcode rule was
-- chosen explicitly and stays (the settings warn about it).
UPDATE serveur_smtp SET regle_mot_de_passe = 'CODE_PERSONNEL' WHERE regle_mot_de_passe = 'DATE_NAISSANCE';
ALTER TABLE serveur_smtp ALTER COLUMN regle_mot_de_passe SET DEFAULT 'CODE_PERSONNEL';
