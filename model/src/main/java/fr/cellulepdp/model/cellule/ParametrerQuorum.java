package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;

/** Use case: the cell changes its quorum rule (DESIGN.md §2: the cell must be able to change it). */
public final class ParametrerQuorum {

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerQuorum(StockageCellule stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** @throws SaisieInvalideException when the actor is not the coordinatrice or the cell is not set up yet */
    public Cellule modifier(RegleQuorum regle) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "quorum", "peut changer la règle de quorum");
        return stockage.transactions().inTransaction(() -> {
            Cellule c = stockage.cellules().renseignee();
            Cellule apres = stockage.cellules().save(c.avecQuorum(regle));
            new Audit(stockage, horloge).noter(acteur, "PARAMETRES_QUORUM", "Cellule",
                    c.id(), texte(c.quorum()) + " → " + texte(regle));
            return apres;
        });
    }

    private static String texte(RegleQuorum r) {
        return "coordinatrice " + (r.coordinatriceRequise() ? "requise" : "non requise") + ", référents médicaux "
                + r.referentsMedicauxMin() + ", sociaux " + r.referentsSociauxMin() + ", administratifs "
                + r.referentsAdministratifsMin();
    }
}
