package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Use case: the cell's standard phrases for the reasons of decisions, in their order. A new database starts with
 * a few (migration V4); the cell adds and removes its own in the settings.
 */
public final class GererMotifsTypes {

    private final Stockage stockage;

    public GererMotifsTypes(Stockage stockage) {
        this.stockage = stockage;
    }

    public List<MotifType> lister(Utilisateur acteur) {
        return stockage.motifsTypes().findAll().stream().sorted(Comparator.comparingInt(MotifType::position)).toList();
    }

    public MotifType ajouter(Utilisateur acteur, String texte) {
        if (texte == null || texte.isBlank()) {
            throw new SaisieInvalideException("motif type", "le texte de la phrase est vide.");
        }
        return stockage.transactions().inTransaction(() -> stockage.motifsTypes().save(new MotifType(
                UUID.randomUUID(), 0, lister(acteur).stream().mapToInt(MotifType::position).max().orElse(0) + 1,
                texte)));
    }

    public void supprimer(Utilisateur acteur, UUID id) {
        stockage.transactions().runInTransaction(() -> stockage.motifsTypes().supprimer(id));
    }
}
