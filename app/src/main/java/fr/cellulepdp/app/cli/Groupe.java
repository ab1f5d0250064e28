package fr.cellulepdp.app.cli;

/**
 * A group of commands ({@code members}, {@code meetings}…) whose commands share what they use, given to the group by
 * the wiring: they open it through {@link SousCommandeDeGroupe#ouvrir()}.
 *
 * @param <B> what the group's commands use
 */
abstract class Groupe<B> {

    private final Ouverture<B> ouverture;

    protected Groupe(Ouverture<B> ouverture) {
        this.ouverture = ouverture;
    }

    final Ouverture<B> ouverture() {
        return ouverture;
    }
}
