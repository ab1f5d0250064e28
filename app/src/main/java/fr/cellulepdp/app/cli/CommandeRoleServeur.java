package fr.cellulepdp.app.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code map-db-role --account LOGIN --db-role ROLE}: on a PostgreSQL server, the coordinatrice maps an account to a
 * login role an administrator created, which then gets the rights of the account's role (decision 0034).
 */
@Command(name = "map-db-role", description = "Serveur PostgreSQL : associe un compte à un rôle de connexion créé par "
        + "l’administrateur du serveur ; le compte se connecte ensuite sous ce rôle, avec les droits de son rôle dans "
        + "la cellule.")
public final class CommandeRoleServeur extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.compte.GererComptes gererComptes) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeRoleServeur(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--account", required = true, paramLabel = "IDENTIFIANT", description = "Le compte de la cellule.")
    private String compte;

    @Option(names = "--db-role", required = true, paramLabel = "ROLE", description = "Le rôle PostgreSQL existant.")
    private String role;

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            besoins.gererComptes().associerRoleServeur(compte, role);
            sortie().println("Le compte « " + compte.strip() + " » se connecte désormais sous le rôle PostgreSQL « "
                    + role.strip() + " ».");
            sortie().flush();
            return 0;
        }
    }
}
