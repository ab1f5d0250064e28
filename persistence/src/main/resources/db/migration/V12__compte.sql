-- Accounts: who may open the application, with which role; the password only as a slow hash (Argon2id).
CREATE TABLE compte (
    id             UUID PRIMARY KEY,
    version        BIGINT NOT NULL,
    identifiant    VARCHAR(100) NOT NULL,
    membre_id      UUID REFERENCES membre (id),
    role           VARCHAR(30) NOT NULL,
    hash           VARCHAR(300) NOT NULL,
    actif          BOOLEAN NOT NULL,
    echecs         INTEGER NOT NULL,
    bloque_jusqua  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_compte_identifiant UNIQUE (identifiant)
);
