-- The e-mails to the members of the cell (convocations and their updates or cancellation, the signed minutes or
-- their extract), in the outbox beside the letters and under the same rules (decision record 0008): the Message-ID
-- fixed when queued, the attempt recorded before sending. Each keeps what was sent: subject, body, files, and for
-- a calendar entry its SEQUENCE and the meeting's details it announced (decision record 0026).
CREATE TABLE courriel_membre (
    id              UUID PRIMARY KEY,
    version         BIGINT NOT NULL,
    seance_id       UUID NOT NULL REFERENCES seance (id),
    membre_id       UUID NOT NULL REFERENCES membre (id),
    nature          VARCHAR(30) NOT NULL,
    sequence_ics    INTEGER NOT NULL,
    empreinte       VARCHAR(1200) NOT NULL,
    adresse         VARCHAR(320) NOT NULL,
    objet           VARCHAR(500) NOT NULL,
    corps           VARCHAR(8000) NOT NULL,
    message_id      VARCHAR(200) NOT NULL UNIQUE,
    statut          VARCHAR(20) NOT NULL,
    tentatives      INTEGER NOT NULL,
    cree_le         TIMESTAMP WITH TIME ZONE NOT NULL,
    prochain_essai  TIMESTAMP WITH TIME ZONE,
    envoye_le       TIMESTAMP WITH TIME ZONE,
    derniere_erreur VARCHAR(2000) NOT NULL,
    UNIQUE (seance_id, membre_id, nature, sequence_ics)
);
CREATE INDEX ix_courriel_membre_statut ON courriel_membre (statut);
CREATE INDEX ix_courriel_membre_seance ON courriel_membre (seance_id);

CREATE TABLE courriel_membre_piece (
    courriel_id UUID NOT NULL REFERENCES courriel_membre (id) ON DELETE CASCADE,
    rang        INTEGER NOT NULL,
    nom         VARCHAR(200) NOT NULL,
    type_mime   VARCHAR(200) NOT NULL,
    contenu     BYTEA NOT NULL,
    PRIMARY KEY (courriel_id, rang)
);

-- The distribution's one setting: the full signed minutes to the internal members too (partners always get the
-- extract). One row.
CREATE TABLE diffusion_proces_verbal (
    id           INTEGER PRIMARY KEY,
    aux_internes BOOLEAN NOT NULL
);
INSERT INTO diffusion_proces_verbal (id, aux_internes) VALUES (1, FALSE);
