package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.List;

/**
 * Use case: the cell's data-protection settings — how many years inactive files are kept before anonymisation,
 * after how many minutes without activity the session locks, and whether the coordinatrice reads the medical
 * opinion of the files. The coordinatrice's alone; each change goes into the audit trail.
 */
public final class ParametrerProtection {

    public static final int CONSERVATION_MAX = 30;
    public static final int VERROUILLAGE_MAX = 240;

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerProtection(StockageCellule stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public Cellule modifier(int conservationAnnees, int verrouillageMinutes,
                            boolean coordinatriceLitAvisMedical) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "protection", "règle la protection des données");
        List<Probleme> problemes = new ArrayList<>();
        if (conservationAnnees < 1 || conservationAnnees > CONSERVATION_MAX) {
            problemes.add(new Probleme("conservation", "la durée de conservation est de 1 à " + CONSERVATION_MAX
                    + " ans."));
        }
        if (verrouillageMinutes < 1 || verrouillageMinutes > VERROUILLAGE_MAX) {
            problemes.add(new Probleme("verrouillage", "le verrouillage après inactivité est de 1 à "
                    + VERROUILLAGE_MAX + " minutes."));
        }
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return stockage.transactions().inTransaction(() -> {
            Cellule avant = stockage.cellules().renseignee();
            Cellule apres = stockage.cellules().save(avant.avecProtection(conservationAnnees, verrouillageMinutes,
                    coordinatriceLitAvisMedical));
            new Audit(stockage, horloge).noter(acteur, "PARAMETRES_PROTECTION", "Cellule", apres.id(),
                    "conservation " + avant.conservationAnnees() + " → " + conservationAnnees + " ans ; verrouillage "
                            + avant.verrouillageMinutes() + " → " + verrouillageMinutes + " min ; avis médical lu par "
                            + "la coordinatrice : " + ouiNon(avant.coordinatriceLitAvisMedical()) + " → "
                            + ouiNon(coordinatriceLitAvisMedical));
            return apres;
        });
    }

    private static String ouiNon(boolean valeur) {
        return valeur ? "oui" : "non";
    }
}
