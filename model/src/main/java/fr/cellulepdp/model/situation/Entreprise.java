package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Textes;

/** A company: the person's employer or the host of a measure; the SIRET may be unknown (null). */
public record Entreprise(String nom, Siret siret) {

    public Entreprise {
        nom = Textes.nonNul(nom);
    }
}
