package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.suivi.EnvoyerRappels;
import fr.cellulepdp.model.suivi.ReglageRappels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reminders send} (for a scheduled task: queues today's reminders once the hour has passed, then delivers
 * what is due; run it twice, a member still gets one e-mail a day) and {@code reminders settings}.
 */
@Command(name = "reminders", description = "Les rappels quotidiens des suivis aux membres responsables.",
        subcommands = {CommandeRappels.Envoyer.class, CommandeRappels.Regler.class})
public final class CommandeRappels extends Groupe<CommandeRappels.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.suivi.EnvoyerRappels envoyerRappels,
                          fr.cellulepdp.model.suivi.ReglerRappels reglerRappels) {
    }

    public CommandeRappels(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @Command(name = "send", description = "Prépare les rappels du jour (si l'heure est passée) et les envoie ; "
            + "code de sortie 1 si un envoi a échoué.")
    static final class Envoyer extends SousCommandeDeGroupe {

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                EnvoyerRappels.Rapport rapport = besoins.envoyerRappels()
                        .preparerEtEnvoyer();
                dire(rapport.enFrancais());
                return rapport.envoi().echecs().isEmpty() ? 0 : LigneDeCommande.ECHEC;
            }
        }
    }

    @Command(name = "settings", description = "Affiche ou modifie le réglage des rappels (coordinatrice).")
    static final class Regler extends SousCommandeDeGroupe {

        @Option(names = "--on", description = "Active les rappels.")
        private boolean actifs;

        @Option(names = "--off", description = "Désactive les rappels.")
        private boolean inactifs;

        @Option(names = "--days", description = "Suivis à échéance dans ce nombre de jours (0 à 90).")
        private Integer jours;

        @Option(names = "--hour", description = "Heure (0 à 23) à partir de laquelle le rappel du jour part.")
        private Integer heure;

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                ReglageRappels actuel = besoins.reglerRappels().reglage();
                if (actifs && inactifs) {
                    throw new fr.cellulepdp.model.commun.SaisieInvalideException("--on", "choisissez --on ou --off, pas les deux.");
                }
                if (actifs || inactifs || jours != null || heure != null) {
                    actuel = besoins.reglerRappels().enregistrer(actifs || (!inactifs && actuel.actifs()), jours == null ? actuel.joursAvant() : jours,
                            heure == null ? actuel.heure() : heure);
                }
                dire(actuel.enFrancais() + ".");
                return 0;
            }
        }
    }
}
