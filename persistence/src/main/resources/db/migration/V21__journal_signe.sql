-- The audit trail signed by its authors: each account holds an Ed25519 key pair, the private key wrapped under the
-- account's password (never in clear in the database); each entry carries its author's signature of its hash.
CREATE TABLE cle_signature (
    identifiant    VARCHAR(100) PRIMARY KEY,
    cle_publique   VARCHAR(200) NOT NULL,
    cle_privee     VARCHAR(400) NOT NULL,
    cle_publique_echange VARCHAR(200) NOT NULL,
    cle_privee_echange   VARCHAR(400) NOT NULL
);
-- The key of the medical opinions, wrapped for each account that reads them (X25519 of the account's public key):
-- neither the database key nor a database administrator reads an opinion.
CREATE TABLE cle_medicale (
    identifiant    VARCHAR(100) PRIMARY KEY,
    enveloppe      VARCHAR(400) NOT NULL
);
ALTER TABLE evenement_audit ADD COLUMN signature VARCHAR(200) DEFAULT '' NOT NULL;
-- the accounts' keys and attested roles are read at each login among all the entries
CREATE INDEX ix_evenement_audit_action ON evenement_audit (action);
