-- The search text becomes accent-insensitive: "Hélène" is found by "helene" and the other way round. The
-- application now folds accents and the ligatures œ and æ when it writes the column and when it searches
-- (Textes.pourRecherche); this folds the rows written before. TRANSLATE and REPLACE exist in H2 and PostgreSQL.
UPDATE situation SET texte_recherche = REPLACE(REPLACE(TRANSLATE(texte_recherche,
    'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ',
    'aaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae');
