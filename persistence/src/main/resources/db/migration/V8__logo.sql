-- The letterhead's logo: an image file on this computer (PNG or JPEG), drawn at the top of every document.
ALTER TABLE cellule ADD COLUMN logo VARCHAR(1000) DEFAULT '' NOT NULL;
