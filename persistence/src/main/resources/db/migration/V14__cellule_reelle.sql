-- A real cell set up from an empty database (issue 17): the signatory's first name and delegation line, the town
-- printed in « Nevers, le … », the coordinatrice's deputy for the quorum, and the directory of organisations that
-- letters go to and partners come from.
ALTER TABLE cellule ADD COLUMN signataire_prenom VARCHAR(100) DEFAULT '' NOT NULL;
ALTER TABLE cellule ADD COLUMN signataire_delegation VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE cellule ADD COLUMN ville_signature VARCHAR(100) DEFAULT '' NOT NULL;

ALTER TABLE membre ADD COLUMN suppleant BOOLEAN DEFAULT FALSE NOT NULL;
-- a partner's organisation type: what the person's consent must cover for this partner to see the file
ALTER TABLE membre ADD COLUMN partenaire VARCHAR(40);

-- the occupational-health service of a file's person, chosen from the directory (or typed for a one-off)
ALTER TABLE situation ADD COLUMN service_sante_travail VARCHAR(200) DEFAULT '' NOT NULL;

CREATE TABLE organisation (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    type            VARCHAR(40) NOT NULL,
    nom             VARCHAR(200) NOT NULL,
    adresse_ligne1  VARCHAR(200) NOT NULL,
    adresse_ligne2  VARCHAR(200) NOT NULL,
    code_postal     VARCHAR(10) NOT NULL,
    ville           VARCHAR(100) NOT NULL,
    email           VARCHAR(200) NOT NULL,
    telephone       VARCHAR(30) NOT NULL,
    actif           BOOLEAN NOT NULL
);
CREATE INDEX ix_organisation_type ON organisation (type, nom);
