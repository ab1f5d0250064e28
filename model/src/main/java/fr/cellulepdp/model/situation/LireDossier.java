package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import java.util.UUID;

/**
 * Use case: one file as its editor receives it — the person and the situation as saved now, the medical opinion
 * only for those who read it ({@link AvisMedicalSituation}); a partner does not open files.
 */
public final class LireDossier {

    private final StockageSituations stockage;
    private final UtilisateurCourant utilisateurCourant;

    public LireDossier(StockageSituations stockage, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.utilisateurCourant = utilisateurCourant;
    }

    public record Dossier(Assure assure, Situation situation) {
    }

    /** @throws fr.cellulepdp.model.commun.SaisieInvalideException for a partner */
    public Dossier lire(UUID situationId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        refuserPartenaire(acteur);
        return stockage.transactions().inTransaction(() -> {
            Situation situation = stockage.situations().get(situationId);
            return new Dossier(stockage.assures().get(situation.assureId()),
                    AvisMedicalSituation.peutLire(stockage.cellules(), acteur) ? stockage.chiffreAvisMedical()
                            .siLisible(situation.avisMedical()).map(situation::avecAvisMedical)
                            .orElseGet(situation::sansAvisMedical) : situation.sansAvisMedical());
        });
    }

    /** A partner never opens an identified file (nor a person's history). */
    public static void refuserPartenaire(Utilisateur acteur) {
        if (!acteur.role().estInterne()) {
            throw new fr.cellulepdp.model.commun.SaisieInvalideException("dossier", "un partenaire ne consulte pas "
                    + "les dossiers des personnes.");
        }
    }
}
