package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.convocation.ConvoquerSeance;
import fr.cellulepdp.model.seance.Seance;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code meetings convoke | move | cancel}: the convocations of a planned meeting, queued in the outbox (sent by
 * {@code send} or the window's automatic sending).
 */
final class CommandeConvocations {

    /** A subcommand on the meeting named by {@code --seance N|next} (the right checked first): one line said. */
    abstract static class SurSeancePlanifiee extends SousCommandeDeGroupe {

        @Option(names = "--seance", required = true, paramLabel = "N|next",
                description = "Numéro de la séance, ou « next » pour la prochaine séance planifiée.")
        private String seance;

        /** Checks what can be checked before the database opens. */
        void verifier() {
        }

        abstract String agir(CommandeSeances.Besoins besoins, Seance seance);

        @Override
        public Integer call() {
            verifier();
            try (Ouverture.Ouverte<CommandeSeances.Besoins> ouverte = ouvrir()) {
                dire(agir(ouverte.besoins(), seance(ouverte.besoins(), seance)));
                return 0;
            }
        }
    }

    static Seance seance(CommandeSeances.Besoins besoins, String valeur) {
        ConvoquerSeance convocations = besoins.convoquerSeance().get();
        String texte = valeur == null ? "" : valeur.strip();
        if (texte.equalsIgnoreCase("next")) {
            return convocations.trouver(null);
        }
        if (!texte.matches("\\d{1,6}")) {
            throw new SaisieInvalideException("--seance", "« " + valeur + " » n’est ni un numéro de séance ni "
                    + "« next ».");
        }
        return convocations.trouver(Integer.parseInt(texte));
    }

    /** {@code meetings convoke --seance N|next}: invitations (or their update) and agendas to the convoked members. */
    @Command(name = "convoke", description = "Convoque les membres d’une séance planifiée (coordinatrice) : "
            + "invitation d’agenda et ordre du jour par courriel (pseudonymisé pour les partenaires) ; après un "
            + "changement de date ou de lieu, envoie la mise à jour.")
    static final class Convoquer extends SurSeancePlanifiee {

        @Override
        String agir(CommandeSeances.Besoins besoins, Seance s) {
            ConvoquerSeance.Rapport rapport = ValeursCli.selonOptions(Map.of("convocation", "--seance"),
                    () -> besoins.convoquerSeance().get().convoquer(s.id()));
            return "Séance n° " + s.numero() + " : " + rapport.enFrancais() + " Envoi : « send ».";
        }
    }

    /** {@code meetings move --seance N --date D --time HH:MM [--place …] [--video URL]}: a planned meeting moved. */
    @Command(name = "move", description = "Déplace une séance planifiée (date, heure, lieu, visio ; "
            + "coordinatrice) ; « meetings convoke » envoie ensuite la mise à jour aux membres.")
    static final class Deplacer extends SurSeancePlanifiee {

        @picocli.CommandLine.Mixin
        private OptionsDateLieu quand;

        @Override
        void verifier() {
            quand.jour();
            quand.debut();
            quand.visio();
        }

        @Override
        String agir(CommandeSeances.Besoins besoins, Seance s) {
            Seance deplacee = ValeursCli.selonOptions(Map.of("date", "--date", "lieu", "--place, --video"),
                    () -> besoins.deplacerSeance().deplacer(s.id(), quand.jour(),
                            quand.debut(), quand.lieu(), quand.visio()));
            return "Séance n° " + deplacee.numero() + " déplacée au " + deplacee.date() + " à " + deplacee.heure()
                    + ". Prévenez les membres : meetings convoke --seance " + deplacee.numero() + ".";
        }
    }

    /** {@code meetings cancel --seance N --reason TEXTE}: the meeting cancelled, the convoked members told. */
    @Command(name = "cancel", description = "Annule une séance planifiée (coordinatrice) : ses demandes "
            + "reviennent en attente, les membres convoqués reçoivent l’annulation de l’invitation.")
    static final class Annuler extends SurSeancePlanifiee {

        @Option(names = "--reason", required = true, paramLabel = "TEXTE",
                description = "Motif (au journal d’audit, pas dans le courriel).")
        private String motif;

        @Override
        String agir(CommandeSeances.Besoins besoins, Seance s) {
            int annulations = ValeursCli.selonOptions(Map.of("motif", "--reason"),
                    () -> besoins.convoquerSeance().get().annuler(s.id(), motif));
            return "Séance n° " + s.numero() + " annulée : " + annulations + " annulation(s) en attente d’envoi.";
        }
    }
}
