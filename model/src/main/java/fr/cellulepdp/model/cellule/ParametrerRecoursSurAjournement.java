package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.Horloge;

/**
 * Use case: whether the cell's adjournment letters give the appeal route, with the body's address and the time
 * limit, as a refusal's do (issue 18: « adjournment if the cell so decides »; decision 0033). The coordinatrice's
 * alone; the change goes into the audit trail. Off (the default), the letter says an adjournment cannot be appealed.
 */
public final class ParametrerRecoursSurAjournement {

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerRecoursSurAjournement(StockageCellule stockage, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The setting as saved (false while the cell is not set up). */
    public boolean lire() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "mentions légales", "consulte les mentions légales des courriers");
        return stockage.cellules().existante().map(Cellule::recoursSurAjournement).orElse(false);
    }

    public Cellule modifier(boolean recoursSurAjournement) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "mentions légales", "règle les mentions légales des courriers");
        return stockage.transactions().inTransaction(() -> {
            Cellule avant = stockage.cellules().renseignee();
            Cellule apres = stockage.cellules().save(avant.avecRecoursSurAjournement(recoursSurAjournement));
            new Audit(stockage, horloge).noter(acteur, "PARAMETRES_MENTIONS_LEGALES", "Cellule", apres.id(),
                    "voie de recours sur les courriers d'ajournement : " + ouiNon(avant.recoursSurAjournement())
                            + " → " + ouiNon(recoursSurAjournement));
            return apres;
        });
    }

    private static String ouiNon(boolean valeur) {
        return valeur ? "oui" : "non";
    }
}
