package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code members add|list|deactivate|activate|delete}: the members of the cell, kept by the coordinatrice. */
@Command(name = "members", description = "Les membres de la cellule (la coordinatrice les ajoute, les désactive, "
        + "les supprime).",
        subcommands = {CommandeMembres.Ajouter.class, CommandeMembres.Lister.class, CommandeMembres.Desactiver.class,
                CommandeMembres.Activer.class, CommandeMembres.Supprimer.class})
public final class CommandeMembres extends Groupe<CommandeMembres.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.cellule.GererMembres gererMembres) {
    }

    public CommandeMembres(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @picocli.CommandLine.Mixin
    private OptionAide aide;

    private static final String LISTE = "members list";

    /** The member {@code saisi} names: a whole identifier, or its first characters. */
    static Membre membre(fr.cellulepdp.model.cellule.GererMembres gererMembres, String option, String saisi) {
        return ValeursCli.parIdentifiant(option, saisi, gererMembres.lister(), Membre::id, "membre", LISTE);
    }

    /** {@code members add --first-name … --role ROLE}. */
    @Command(name = "add", description = "Ajoute un membre à la cellule (coordinatrice).")
    static final class Ajouter extends SousCommandeDeGroupe {

        @Option(names = "--civility", paramLabel = "CIVILITÉ", description = "Civilité, par exemple « Mme » ou « M. ».")
        private String civilite;

        @Option(names = "--first-name", paramLabel = "PRÉNOM", description = "Prénom (obligatoire).")
        private String prenom;

        @Option(names = "--name", paramLabel = "NOM", description = "Nom (obligatoire).")
        private String nom;

        @Option(names = "--function", paramLabel = "FONCTION",
                description = "Fonction, par exemple « Assistante sociale » (obligatoire).")
        private String fonction;

        @Option(names = "--organisation", paramLabel = "ORGANISME", description = "Organisme (obligatoire).")
        private String organisation;

        @Option(names = "--role", paramLabel = "RÔLE",
                description = "coordinatrice, social, medical, administratif ou partenaire (obligatoire).")
        private String role;

        @Option(names = "--email", paramLabel = "ADRESSE", description = "Courriel.")
        private String email;

        @Option(names = "--deputy", description = "Suppléant(e) de la coordinatrice pour le quorum.")
        private boolean suppleant;

        @Option(names = "--partner-type", paramLabel = "ORGANISME",
                description = "Pour un partenaire : spsti, cap-emploi ou france-travail (il ne voit que les dossiers "
                        + "dont la personne a consenti au partage avec cet organisme).")
        private String partenaire;

        @Override
        public Integer call() {
            Role choisi = role == null ? null : ValeursCli.role(role);
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                FicheMembre fiche = new FicheMembre(civilite, prenom, nom, fonction, organisation, choisi, email,
                        suppleant, partenaire == null ? null : ValeursCli.partenaire(partenaire));
                Membre ajoute = ValeursCli.selonOptions(CommandeMiseEnPlace.OPTIONS_MEMBRE,
                        () -> besoins.gererMembres().ajouter(fiche));
                dire("Membre " + ValeursCli.court(ajoute.id()) + " ajouté (" + ajoute.role().libelle()
                        + (ajoute.suppleant() ? ", suppléant(e) de la coordinatrice" : "") + ").");
                return 0;
            }
        }
    }

    /** {@code members list [--json]}. */
    @Command(name = "list", description = "Liste les membres, les actifs d'abord.")
    static final class Lister extends SousCommandeDeGroupe {

        @Option(names = "--json", description = "Liste au format JSON.")
        private boolean json;

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                imprimer(besoins.gererMembres().lister(), json, Lister::json, Lister::texte, Membre::actif, "membre");
                return 0;
            }
        }

        private static String texte(Membre m) {
            return ValeursCli.court(m.id()) + "  " + (m.civilite() + " " + m.nomComplet()).strip() + " — "
                    + m.role().libelle() + " — " + m.fonction() + ", " + m.organisation()
                    + (m.email().isEmpty() ? "" : " — " + m.email()) + " — " + (m.actif() ? "actif" : "inactif")
                    + (m.suppleant() ? ", suppléant(e)" : "");
        }

        /** [{"id":"…","civility":"…","firstName":"…","name":"…","role":"social",…,"active":true,"deputy":false}] */
        static String json(List<Membre> membres) {
            return membres.stream().map(m -> "{\"id\":\"" + m.id() + "\",\"civility\":"
                    + RapportImport.chaineJson(m.civilite()) + ",\"firstName\":" + RapportImport.chaineJson(m.prenom())
                    + ",\"name\":" + RapportImport.chaineJson(m.nom()) + ",\"role\":\"" + ValeursCli.mot(m.role())
                    + "\",\"function\":" + RapportImport.chaineJson(m.fonction()) + ",\"organisation\":"
                    + RapportImport.chaineJson(m.organisation()) + ",\"email\":" + RapportImport.chaineJson(m.email())
                    + ",\"active\":" + m.actif() + ",\"deputy\":" + m.suppleant() + ",\"partnerType\":"
                    + (m.partenaire() == null ? "null" : "\"" + m.partenaire().name() + "\"") + "}")
                    .collect(Collectors.joining(",", "[", "]"));
        }
    }

    /** {@code members deactivate ID}: no longer convoked, their account disabled. */
    @Command(name = "deactivate", description = "Désactive un membre : il n'est plus convoqué et son compte est "
            + "désactivé ; son nom reste dans les procès-verbaux.")
    static final class Desactiver extends SurIdentifiant<Besoins> {

        @Override
        protected String agir(Besoins besoins, String id) {
            Membre membre = membre(besoins.gererMembres(), "ID", id);
            besoins.gererMembres().activer(membre.id(), false);
            return "Membre " + ValeursCli.court(membre.id()) + " désactivé : il ne sera plus convoqué (son compte "
                    + "éventuel est désactivé).";
        }
    }

    /** {@code members activate ID}. */
    @Command(name = "activate", description = "Réactive un membre désactivé (son compte reste désactivé).")
    static final class Activer extends SurIdentifiant<Besoins> {

        @Override
        protected String agir(Besoins besoins, String id) {
            Membre membre = membre(besoins.gererMembres(), "ID", id);
            besoins.gererMembres().activer(membre.id(), true);
            return "Membre " + ValeursCli.court(membre.id()) + " réactivé : il sera convoqué aux prochaines séances.";
        }
    }

    /** {@code members delete ID}: only a member typed by mistake, whom nothing names. */
    @Command(name = "delete", description = "Supprime un membre saisi par erreur (refusé s'il a pris part aux "
            + "travaux de la cellule : désactivez-le).")
    static final class Supprimer extends SurIdentifiant<Besoins> {

        @Override
        protected String agir(Besoins besoins, String id) {
            Membre membre = membre(besoins.gererMembres(), "ID", id);
            besoins.gererMembres().supprimer(membre.id());
            return "Membre " + ValeursCli.court(membre.id()) + " supprimé.";
        }
    }
}
