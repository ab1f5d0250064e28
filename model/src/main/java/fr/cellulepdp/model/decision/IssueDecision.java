package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Libelle;
import java.util.Arrays;
import java.util.List;

/**
 * The outcome of a decision. {@link #SUIVIE} is not a decision: the cell records a measure it only follows (a
 * visite de pré-reprise, a temps partiel thérapeutique…: a right of the person or a doctor's prescription) with its
 * dates and where it stands; it is printed in the minutes for information and never gets a letter.
 */
public enum IssueDecision implements Libelle {
    ACCORD("Accord"),
    ACCORD_SOUS_RESERVE("Accord sous réserve"),
    REFUS("Refus"),
    AJOURNEMENT("Ajournement"),
    SANS_OBJET("Sans objet"),
    SUIVIE("Mesure suivie");

    private final String libelle;

    IssueDecision(String libelle) {
        this.libelle = libelle;
    }

    @Override
    public String libelle() {
        return libelle;
    }

    public boolean estAccord() {
        return this == ACCORD || this == ACCORD_SOUS_RESERVE;
    }

    /** False for a measure only followed: the cell decided nothing, so it writes to nobody. */
    public boolean estUneDecision() {
        return this != SUIVIE;
    }

    /** The outcomes the cell decides, each with its letter's wording. */
    public static List<IssueDecision> decisions() {
        return Arrays.stream(values()).filter(IssueDecision::estUneDecision).toList();
    }
}
