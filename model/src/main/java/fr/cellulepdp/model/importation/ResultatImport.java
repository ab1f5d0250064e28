package fr.cellulepdp.model.importation;

/** What the import wrote. */
public record ResultatImport(int situationsCreees, int personnesCreees, int lignesIgnorees) {
}
