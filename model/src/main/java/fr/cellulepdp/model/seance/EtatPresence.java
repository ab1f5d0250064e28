package fr.cellulepdp.model.seance;

import fr.cellulepdp.model.commun.Libelle;

/** Attendance of one member at a meeting. */
public enum EtatPresence implements Libelle {
    PRESENT("Présent(e)"),
    EXCUSE("Excusé(e)"),
    ABSENT("Absent(e)");

    private final String libelle;

    EtatPresence(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
