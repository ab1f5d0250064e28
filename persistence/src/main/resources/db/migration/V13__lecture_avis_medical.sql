-- The cell may let its coordinatrice read the medical opinion written on the files (DESIGN.md §2); off by default.
ALTER TABLE cellule ADD COLUMN coordinatrice_lit_avis_medical BOOLEAN DEFAULT FALSE NOT NULL;
