-- The audit trail signed by its authors: each account holds an Ed25519 key pair, the private key wrapped under the
-- account's password (never in clear in the database); each entry carries its author's signature of its hash.
CREATE TABLE cle_signature (
    identifiant    VARCHAR(100) PRIMARY KEY,
    cle_publique   VARCHAR(200) NOT NULL,
    cle_privee     VARCHAR(400) NOT NULL
);
ALTER TABLE evenement_audit ADD COLUMN signature VARCHAR(200) DEFAULT '' NOT NULL;
-- the accounts' keys and attested roles are read at each login among all the entries
CREATE INDEX ix_evenement_audit_action ON evenement_audit (action);
