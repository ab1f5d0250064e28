package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.seance.Approbation;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.Seance;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code meetings plan | open | secretary | approve-minutes | convoke | move | cancel}: the cell's meetings. */
@Command(name = "meetings", description = "Les séances de la cellule.",
        subcommands = {CommandeSeances.Planifier.class, CommandeSeances.Ouvrir.class,
                CommandeSeances.Secretaire.class, CommandeSeances.ApprouverProcesVerbal.class,
                CommandeConvocations.Convoquer.class, CommandeConvocations.Deplacer.class,
                CommandeConvocations.Annuler.class})
public final class CommandeSeances extends Groupe<CommandeSeances.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.cellule.GererMembres gererMembres,
                          fr.cellulepdp.model.seance.PreparerSeance preparerSeance,
                          fr.cellulepdp.model.seance.TenirSeance tenirSeance,
                          java.util.function.Supplier<fr.cellulepdp.model.document.GenererDocumentsSeance>
                                  genererDocuments,
                          java.util.function.Supplier<fr.cellulepdp.model.convocation.ConvoquerSeance> convoquerSeance,
                          fr.cellulepdp.model.seance.DeplacerSeance deplacerSeance) {
    }

    public CommandeSeances(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @picocli.CommandLine.Mixin
    private OptionAide aide;

    /**
     * {@code meetings plan --date D --time HH:MM [--place …] [--video URL]}: the next meeting (in a place, by video,
     * or both), every active member convoked; its agenda is then produced by {@code render}.
     */
    @Command(name = "plan", description = "Planifie une séance (la suivante par défaut) et y convoque tous les "
            + "membres actifs (coordinatrice) ; --place ou --video, ou les deux.")
    static final class Planifier extends SousCommandeDeGroupe {

        private static final Map<String, String> OPTIONS = Map.of("date", "--date", "lieu", "--place, --video",
                "numéro", "--number", "secrétaire", "--secretary");

        @picocli.CommandLine.Mixin
        private OptionsDateLieu quand;

        @Option(names = "--secretary", paramLabel = "ID",
                description = "Secrétaire de séance : identifiant d'un membre interne (voir « members list »).")
        private String secretaire;

        @Option(names = "--number", paramLabel = "N", description = "Numéro de la séance (par défaut : le suivant).")
        private Integer numero;

        @Override
        public Integer call() {
            LocalDate jour = quand.jour();
            LocalTime debut = quand.debut();
            String lieu = quand.lieu();
            String visio = quand.visio();
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                UUID secretaireId = secretaire == null ? null
                        : CommandeMembres.membre(besoins.gererMembres(), "--secretary", secretaire).id();
                List<UUID> convoques = besoins.gererMembres().actifs().stream().map(Membre::id).toList();
                PlanSeance plan = new PlanSeance(numero, jour, debut, lieu, visio, secretaireId, convoques);
                Seance planifiee = ValeursCli.selonOptions(OPTIONS,
                        () -> besoins.preparerSeance().planifier(plan));
                sortie().println("Séance n° " + planifiee.numero() + " planifiée le "
                        + planifiee.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))
                        + " à " + planifiee.heure() + ", " + convoques.size() + " membre(s) convoqué(s). Son ordre "
                        + "du jour : render --seance " + planifiee.numero() + ".");
                sortie().flush();
                return 0;
            }
        }
    }

    /** A subcommand acting on one meeting, named by {@code --number}: it says in one line what it did. */
    abstract static class SurSeance extends SousCommandeDeGroupe {

        @Option(names = "--number", required = true, paramLabel = "N", description = "Numéro de la séance.")
        private int numero;

        /** Acts on the meeting; returns what to print. */
        abstract String agir(Besoins besoins, Seance seance);

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                sortie().println(agir(besoins, besoins.genererDocuments().get().trouver(numero)));
                sortie().flush();
                return 0;
            }
        }
    }

    /**
     * {@code meetings open --number N [--before-date]}: opens a planned meeting; more than a day before its date, only
     * with {@code --before-date} (the window asks instead).
     */
    @Command(name = "open", description = "Ouvre une séance planifiée (coordinatrice) ; plus d'un jour avant sa "
            + "date, seulement avec --before-date.")
    static final class Ouvrir extends SurSeance {

        @Option(names = "--before-date", description = "Confirme l'ouverture plus d'un jour avant la date prévue.")
        private boolean avantSaDate;

        @Override
        String agir(Besoins besoins, Seance seance) {
            Seance ouverte = ValeursCli.selonOptions(Map.of("date", "--before-date"),
                    () -> besoins.tenirSeance().ouvrir(seance.id(), avantSaDate));
            return "Séance n° " + ouverte.numero() + " ouverte.";
        }
    }

    /** {@code meetings secretary --number N --member ID}: names the secretary, an internal member present. */
    @Command(name = "secretary", description = "Désigne le secrétaire de séance, un membre interne présent "
            + "(coordinatrice).")
    static final class Secretaire extends SurSeance {

        @Option(names = "--member", required = true, paramLabel = "ID",
                description = "Identifiant du membre (voir « members list »).")
        private String membre;

        @Override
        String agir(Besoins besoins, Seance seance) {
            UUID membreId = CommandeMembres.membre(besoins.gererMembres(), "--member", membre).id();
            ValeursCli.selonOptions(Map.of("secrétaire", "--member"), () -> besoins.tenirSeance()
                    .designerSecretaire(seance.id(), membreId));
            return "Secrétaire de la séance n° " + seance.numero() + " désigné.";
        }
    }

    /**
     * {@code meetings approve-minutes --number N [--changes TEXTE]}: records, at the open meeting, that the previous
     * minutes are approved, or approved with the changes given.
     */
    @Command(name = "approve-minutes", description = "Note, en séance ouverte, l'approbation du procès-verbal de la "
            + "séance précédente (avec --changes : approuvé avec ces modifications).")
    static final class ApprouverProcesVerbal extends SurSeance {

        @Option(names = "--changes", paramLabel = "TEXTE", description = "Les modifications apportées.")
        private String modifications;

        @Override
        String agir(Besoins besoins, Seance seance) {
            boolean modifie = modifications != null;
            besoins.tenirSeance().approuverProcesVerbalPrecedent(seance.id(),
                    modifie ? Approbation.APPROUVE_AVEC_MODIFICATIONS : Approbation.APPROUVE, modifications);
            return "Procès-verbal précédent " + (modifie ? Approbation.APPROUVE_AVEC_MODIFICATIONS
                    : Approbation.APPROUVE).libelle() + " à la séance n° " + seance.numero() + ".";
        }
    }
}
