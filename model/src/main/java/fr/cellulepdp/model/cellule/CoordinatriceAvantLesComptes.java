package fr.cellulepdp.model.cellule;

import java.util.Optional;

/**
 * Who acts on a database that has no account yet: the cell's active coordinatrice, so that what is done before the
 * first account (the set-up, the first decisions) records who did it. The session's fallback, so it reads no session:
 * the app's session asks it only while nobody has logged in, and never after a log-out (decision record 0044).
 */
public final class CoordinatriceAvantLesComptes {

    private final StockageCellule stockage;

    public CoordinatriceAvantLesComptes(StockageCellule stockage) {
        this.stockage = stockage;
    }

    /** The active coordinatrice of the members' list, as the person acting; empty while the list has none. */
    public Optional<Utilisateur> utilisateur() {
        return stockage.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE && m.actif())
                .findFirst().map(m -> new Utilisateur(m.id(), "coordinatrice", Role.COORDINATRICE));
    }
}
