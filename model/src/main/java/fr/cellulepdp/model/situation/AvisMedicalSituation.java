package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.CelluleRepository;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import java.util.UUID;

/**
 * Use case: the medical opinion written on a file. The medical référents read and write it; the coordinatrice reads
 * it only when the cell allows it (Paramètres); nobody else receives it, from here or from any other reading of a
 * file ({@link LireDossier}, the meetings). Stored encrypted under the medical key ({@code CleMedicale}), which only
 * those readers' logins open.
 */
public final class AvisMedicalSituation {

    private final StockageSituations stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public AvisMedicalSituation(StockageSituations stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public boolean peutLire() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return peutLire(stockage.cellules(), acteur);
    }

    /** The rule, for the other use cases that read files. */
    public static boolean peutLire(CelluleRepository cellules, Utilisateur acteur) {
        return cellules.existante().map(c -> c.litAvisMedical(acteur.role()))
                .orElse(acteur.role().litAvisMedical());
    }

    public boolean peutEcrire() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return acteur.role() == Role.REFERENT_MEDICAL;
    }

    /** @throws SaisieInvalideException for anyone who does not read the medical opinion */
    public String lire(UUID situationId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        if (!peutLire()) {
            throw new SaisieInvalideException("avisMedical", "l'avis médical n'est lu que par les référents "
                    + "médicaux (et par la coordinatrice si la cellule le permet).");
        }
        return stockage.chiffreAvisMedical()
                .dechiffrer(stockage.situations().get(situationId).avisMedical());
    }

    /** A medical référent writes the opinion; the trail records that it changed, never what it says. */
    public Situation enregistrer(UUID situationId, String avis) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        if (!peutEcrire()) {
            throw new SaisieInvalideException("avisMedical", "seuls les référents médicaux écrivent l'avis médical.");
        }
        String texte = Textes.nonNul(avis).strip();
        if (texte.length() > 4000) {
            throw new SaisieInvalideException("avisMedical", "l'avis médical compte au plus 4 000 caractères.");
        }
        return stockage.transactions().inTransaction(() -> {
            Situation s = stockage.situations().get(situationId);
            Situation enregistree = stockage.situations().save(s.avecAvisMedical(
                    stockage.chiffreAvisMedical().chiffrer(texte)));
            new Audit(stockage, horloge).noter(acteur, "AVIS_MEDICAL_MODIFIE", "Situation", s.id(),
                    s.numeroDossier() + " — avis médical " + (texte.isEmpty() ? "effacé" : "modifié"));
            return enregistree;
        });
    }
}
