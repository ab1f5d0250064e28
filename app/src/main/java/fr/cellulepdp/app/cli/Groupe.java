package fr.cellulepdp.app.cli;

/**
 * A group of commands ({@code members}, {@code meetings}…) whose commands share what they use, given to the group by
 * the wiring: they open it through {@link SousCommandeDeGroupe#ouvrir()}.
 */
interface Groupe<B> {

    Ouverture<B> ouverture();
}
