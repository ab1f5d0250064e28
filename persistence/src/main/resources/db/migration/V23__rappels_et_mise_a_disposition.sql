-- The cell's daily reminder of follow-ups (off until the coordinatrice turns it on): how many days ahead, from
-- which hour of the day (Paris time). One row.
CREATE TABLE reglage_rappels (
    id          UUID PRIMARY KEY,
    version     BIGINT NOT NULL,
    actifs      BOOLEAN NOT NULL,
    jours_avant INTEGER NOT NULL,
    heure       INTEGER NOT NULL
);

-- One reminder e-mail per member and day: its own outbox row (attempt recorded before sending, fixed Message-ID,
-- back-off), its wording frozen when it is queued (file numbers and dates only), and the follow-ups it named.
-- The unique key is what makes a digest never go twice on the same day to the same member.
CREATE TABLE rappel_suivis (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    membre_id       UUID NOT NULL REFERENCES membre (id),
    jour            DATE NOT NULL,
    adresse         VARCHAR(320) NOT NULL,
    message_id      VARCHAR(200) NOT NULL,
    objet           VARCHAR(300) NOT NULL,
    corps           VARCHAR(20000) NOT NULL,
    suivi_ids       VARCHAR(20000) NOT NULL,
    statut          VARCHAR(30) NOT NULL,
    tentatives      INTEGER NOT NULL,
    prochain_essai  TIMESTAMP WITH TIME ZONE,
    envoye_le       TIMESTAMP WITH TIME ZONE,
    derniere_erreur VARCHAR(2000) NOT NULL,
    CONSTRAINT uq_rappel_membre_jour UNIQUE (membre_id, jour)
);
CREATE INDEX ix_rappel_statut ON rappel_suivis (statut);

-- The « courrier de mise à disposition » offered to a person of the IJ 60 days list: at most one per situation
-- (unique key), recorded once its PDF/A file is written whole on disk.
CREATE TABLE mise_a_disposition (
    id           UUID PRIMARY KEY,
    version      BIGINT NOT NULL,
    situation_id UUID NOT NULL REFERENCES situation (id),
    canal        VARCHAR(20) NOT NULL,
    fichier      VARCHAR(500) NOT NULL,
    sha256       VARCHAR(64) NOT NULL,
    produit_le   TIMESTAMP WITH TIME ZONE NOT NULL,
    poste_le     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_mise_a_disposition_situation UNIQUE (situation_id)
);

-- The cell's wording of that letter (the application's default until it is changed). One row.
CREATE TABLE modele_mise_a_disposition (
    id      UUID PRIMARY KEY,
    version BIGINT NOT NULL,
    texte   VARCHAR(10000) NOT NULL
);
