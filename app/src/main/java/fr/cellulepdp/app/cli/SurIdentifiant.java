package fr.cellulepdp.app.cli;

import picocli.CommandLine.Parameters;

/**
 * A command of a group that acts on one member or organisation given by its identifier ({@code members deactivate
 * ID}…): opens the base as the account (what its group uses), acts through the use case, and says what was done.
 */
abstract class SurIdentifiant<B> extends SousCommandeDeGroupe {

    @Parameters(paramLabel = "ID", description = "Identifiant (au moins ses 4 premiers caractères, voir la "
            + "commande « list » du groupe).")
    private String id;

    /** Acts on the object {@code id} names; returns the line that reports it. */
    protected abstract String agir(B besoins, String id);

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<B> ouverte = ouvrir()) {
            dire(agir(ouverte.besoins(), id));
            return 0;
        }
    }
}
