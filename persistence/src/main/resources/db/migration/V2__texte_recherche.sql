-- What the Situations search matches, in lower case, on the situation row itself: file number, the person's
-- names both ways and the employer. One LIKE on one table, instead of a join evaluated for every row.
-- The application keeps it up to date when a situation or its person is saved.
ALTER TABLE situation ADD COLUMN texte_recherche VARCHAR(800) DEFAULT '' NOT NULL;
UPDATE situation SET texte_recherche = LOWER(numero_dossier || ' ' || (
    SELECT a.nom || ' ' || a.prenom || ' ' || a.prenom || ' ' || a.nom || ' ' || COALESCE(a.employeur_nom, '')
    FROM assure a WHERE a.id = situation.assure_id));
