package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Use case: the cell's standard phrases for the reasons of decisions, in their order. A new database starts with
 * a few (migration V4); the coordinatrice adds and removes the cell's own in the settings, each change in the
 * audit trail (by position and length: a phrase typed by hand could name someone).
 */
public final class GererMotifsTypes {

    private final StockageDecisions stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererMotifsTypes(StockageDecisions stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public List<MotifType> lister() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return enOrdre(stockage);
    }

    /** The phrases in their order, as every member reads them when recording a decision. */
    public static List<MotifType> enOrdre(StockageDecisions stockage) {
        return stockage.motifsTypes().findAll().stream().sorted(Comparator.comparingInt(MotifType::position)).toList();
    }

    public MotifType ajouter(String texte) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "motif type", "modifie les phrases types");
        if (texte == null || texte.isBlank()) {
            throw new SaisieInvalideException("motif type", "le texte de la phrase est vide.");
        }
        return stockage.transactions().inTransaction(() -> {
            MotifType ajoute = stockage.motifsTypes().save(new MotifType(UUID.randomUUID(), 0,
                    lister().stream().mapToInt(MotifType::position).max().orElse(0) + 1, texte.strip()));
            new Audit(stockage, horloge).noter(acteur, "MOTIF_TYPE_AJOUTE", "MotifType", ajoute.id(),
                    "phrase n° " + ajoute.position() + ", " + ajoute.texte().length() + " caractères");
            return ajoute;
        });
    }

    public void supprimer(UUID id) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "motif type", "modifie les phrases types");
        stockage.transactions().runInTransaction(() -> {
            List<MotifType> motifs = lister();
            motifs.stream().filter(m -> m.id().equals(id)).findFirst().ifPresent(retire -> {
                stockage.motifsTypes().supprimer(id);
                new Audit(stockage, horloge).noter(acteur, "MOTIF_TYPE_SUPPRIME", "MotifType", id,
                        "phrase n° " + retire.position() + ", " + retire.texte().length() + " caractères");
            });
        });
    }

}
