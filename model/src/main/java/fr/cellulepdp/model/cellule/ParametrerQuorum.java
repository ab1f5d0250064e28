package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;

/** Use case: the cell changes its quorum rule (DESIGN.md §2: the cell must be able to change it). */
public final class ParametrerQuorum {

    private final Stockage stockage;

    public ParametrerQuorum(Stockage stockage) {
        this.stockage = stockage;
    }

    /** @throws SaisieInvalideException when the actor is not the coordinatrice or the cell is not set up yet */
    public Cellule modifier(Utilisateur acteur, RegleQuorum regle) {
        if (acteur.role() != Role.COORDINATRICE) {
            throw new SaisieInvalideException("quorum", "seule la coordinatrice peut changer la règle de quorum.");
        }
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().findAll().stream().findFirst().orElseThrow(() ->
                    new SaisieInvalideException("quorum", "la cellule n'est pas encore renseignée."));
            return stockage.cellules().save(c.avecQuorum(regle));
        });
    }
}
