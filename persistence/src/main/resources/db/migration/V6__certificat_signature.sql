-- Where the signatory's PKCS#12 file is on this computer (its password is never stored).
ALTER TABLE cellule ADD COLUMN certificat_signature VARCHAR(1000) DEFAULT '' NOT NULL;
