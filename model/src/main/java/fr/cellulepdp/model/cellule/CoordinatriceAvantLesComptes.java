package fr.cellulepdp.model.cellule;

import java.util.Optional;

/**
 * Who acts on a database that has no account yet: the cell's active coordinatrice, so that what is done before the
 * first account (the set-up, the first decisions) records who did it. The session's fallback, so it reads no session:
 * the app's session asks it only while nobody has logged in, and never after a log-out (decision record 0044).
 */
public final class CoordinatriceAvantLesComptes {

    private final StockageCellule stockage;
    private final java.util.function.LongSupplier nombreDeComptes;

    /** @param nombreDeComptes the accounts' count ({@code comptes()::count}: the accounts' package depends on this one) */
    public CoordinatriceAvantLesComptes(StockageCellule stockage, java.util.function.LongSupplier nombreDeComptes) {
        this.stockage = stockage;
        this.nombreDeComptes = nombreDeComptes;
    }

    /**
     * The active coordinatrice of the members' list, as the person acting; empty while the list has none.
     *
     * @throws IllegalStateException once an account exists: then nobody acts without logging in, whatever path of the
     *                               wiring forgot to ask for the login
     */
    public Optional<Utilisateur> utilisateur() {
        if (nombreDeComptes.getAsLong() > 0) {
            throw new IllegalStateException("Personne n'est connecté : cette base a des comptes, connectez-vous.");
        }
        return stockage.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE && m.actif())
                .findFirst().map(m -> new Utilisateur(m.id(), "coordinatrice", Role.COORDINATRICE));
    }
}
