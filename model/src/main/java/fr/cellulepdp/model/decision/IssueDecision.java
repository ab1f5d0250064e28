package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Libelle;

/** The outcome of a decision. */
public enum IssueDecision implements Libelle {
    ACCORD("Accord"),
    ACCORD_SOUS_RESERVE("Accord sous réserve"),
    REFUS("Refus"),
    AJOURNEMENT("Ajournement"),
    SANS_OBJET("Sans objet");

    private final String libelle;

    IssueDecision(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }
}
