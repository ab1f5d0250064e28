package fr.cellulepdp.model.importation;

/** The command line's import: every row as it was classified (the report), and what was written. */
public record ImportEnUneLecture(ApercuImport classement, ResultatImport resultat) {
}
