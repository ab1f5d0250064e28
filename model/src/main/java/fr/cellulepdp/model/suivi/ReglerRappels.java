package fr.cellulepdp.model.suivi;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;

/** Use case: the cell's reminder setting (Paramètres, {@code reminders settings}); a change goes in the audit trail. */
public final class ReglerRappels {

    private final StockageSuivis stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ReglerRappels(StockageSuivis stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public ReglageRappels reglage() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "rappels");
        return stockage.rappels().reglage().orElse(ReglageRappels.PAR_DEFAUT);
    }

    /** @throws fr.cellulepdp.model.commun.SaisieInvalideException naming the field out of range; nothing saved */
    public ReglageRappels enregistrer(boolean actifs, int joursAvant, int heure) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "rappels", "règle les rappels de suivis");
        return stockage.transactions().inTransaction(() -> {
            ReglageRappels nouveau = stockage.rappels().enregistrerReglage(
                    stockage.rappels().reglage().orElse(ReglageRappels.PAR_DEFAUT).avec(actifs, joursAvant, heure));
            new Audit(stockage, horloge).noter(acteur, "REGLAGE_RAPPELS", "ReglageRappels", nouveau.id(),
                    nouveau.enFrancais());
            return nouveau;
        });
    }
}
