-- Sending the letters: where each goes, its Message-ID (fixed when queued, so that a letter sent again after a
-- crash is recognisable), when to try again, and the PDF as signed. BYTEA is a binary type in both H2 and
-- PostgreSQL.
ALTER TABLE notification ADD COLUMN adresse VARCHAR(320) DEFAULT '' NOT NULL;
ALTER TABLE notification ADD COLUMN message_id VARCHAR(200) DEFAULT '' NOT NULL;
ALTER TABLE notification ADD COLUMN prochain_essai TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_notification_statut ON notification (statut);

CREATE TABLE notification_pdf (
    notification_id UUID PRIMARY KEY REFERENCES notification (id) ON DELETE CASCADE,
    contenu         BYTEA NOT NULL
);

-- The outgoing mail server; the password is stored encrypted with the computer's local key, never in clear.
CREATE TABLE serveur_smtp (
    id                   UUID PRIMARY KEY,
    version              BIGINT NOT NULL,
    hote                 VARCHAR(300) NOT NULL,
    port                 INTEGER NOT NULL,
    securite             VARCHAR(20) NOT NULL,
    utilisateur          VARCHAR(300) NOT NULL,
    mot_de_passe_chiffre VARCHAR(1000) NOT NULL,
    expediteur           VARCHAR(320) NOT NULL,
    nom_expediteur       VARCHAR(300) NOT NULL
);
