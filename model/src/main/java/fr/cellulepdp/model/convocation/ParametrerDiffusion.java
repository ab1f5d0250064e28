package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;

/** Use case: the cell's choice to e-mail the full signed minutes to its internal members too. */
public final class ParametrerDiffusion {

    private final StockageConvocations stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerDiffusion(StockageConvocations stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public boolean procesVerbalAuxInternes() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "diffusion", "règle la diffusion du procès-verbal");
        return stockage.courrielsMembres().procesVerbalAuxInternes();
    }

    public void choisirProcesVerbalAuxInternes(boolean oui) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "diffusion", "règle la diffusion du procès-verbal");
        stockage.transactions().runInTransaction(() -> {
            stockage.courrielsMembres().choisirProcesVerbalAuxInternes(oui);
            new Audit(stockage, horloge).noter(acteur, "PARAMETRE_DIFFUSION", "Cellule",
                    stockage.cellules().renseignee().id(), oui
                    ? "procès-verbal signé envoyé aux membres internes" : "procès-verbal signé non envoyé aux "
                    + "membres internes (extrait aux partenaires seulement)");
        });
    }
}
