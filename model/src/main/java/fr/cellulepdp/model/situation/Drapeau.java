package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Textes;

/** The "urgent" or "complexe" flag of a situation; a raised flag always carries its reason. */
public record Drapeau(boolean leve, String motif) {

    public static final Drapeau BAISSE = new Drapeau(false, "");

    public Drapeau {
        motif = leve ? Textes.nonNul(motif) : "";
    }

    public static Drapeau leve(String motif) {
        return new Drapeau(true, motif);
    }
}
