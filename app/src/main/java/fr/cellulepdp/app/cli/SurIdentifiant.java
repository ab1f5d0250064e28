package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.Services;
import picocli.CommandLine.Parameters;

/**
 * A command of a group that acts on one member or organisation given by its identifier ({@code members deactivate
 * ID}…): opens the base as the account, acts through the use case, and says what was done.
 */
abstract class SurIdentifiant extends SousCommandeDeGroupe {

    @Parameters(paramLabel = "ID", description = "Identifiant (au moins ses 4 premiers caractères, voir la "
            + "commande « list » du groupe).")
    private String id;

    /** Acts on the object {@code id} names; returns the line that reports it. */
    protected abstract String agir(Services services, String id);

    @Override
    public Integer call() {
        try (Services services = principale().ouvrir()) {
            dire(agir(services, id));
            return 0;
        }
    }
}
