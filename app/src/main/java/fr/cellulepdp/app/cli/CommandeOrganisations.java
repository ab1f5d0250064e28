package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.importation.RapportImport;
import fr.cellulepdp.model.annuaire.FicheOrganisation;
import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.commun.Adresse;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code organisations add|list|deactivate|activate}: the cell's directory of organisations. */
@Command(name = "organisations", description = "L'annuaire des organismes de la cellule (besoins de santé au "
        + "travail, Cap Emploi, prescripteurs, voies de recours, DPO…).",
        subcommands = {CommandeOrganisations.Ajouter.class, CommandeOrganisations.Lister.class,
                CommandeOrganisations.Desactiver.class, CommandeOrganisations.Activer.class})
public final class CommandeOrganisations extends Groupe<CommandeOrganisations.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.annuaire.GererAnnuaire gererAnnuaire) {
    }

    public CommandeOrganisations(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @picocli.CommandLine.Mixin
    private OptionAide aide;

    static Organisation organisation(fr.cellulepdp.model.annuaire.GererAnnuaire gererAnnuaire, String saisi) {
        return ValeursCli.parIdentifiant("ID", saisi, gererAnnuaire.lister(), Organisation::id,
                "organisme", "organisations list");
    }

    /** {@code organisations add --type TYPE --name …}. */
    @Command(name = "add", description = "Ajoute un organisme à l'annuaire (coordinatrice) ; il faut au moins "
            + "l'adresse postale ou le courriel.")
    static final class Ajouter extends SousCommandeDeGroupe {

        private static final Map<String, String> OPTIONS = Map.of(GererAnnuaire.TYPE, "--type", GererAnnuaire.NOM,
                "--name", GererAnnuaire.ADRESSE, "--address", GererAnnuaire.CODE_POSTAL, "--postcode",
                GererAnnuaire.VILLE, "--town", GererAnnuaire.EMAIL, "--email", GererAnnuaire.TELEPHONE, "--phone");

        @Option(names = "--type", paramLabel = "TYPE", description = "spsti, cap-emploi, france-travail, "
                + "prescripteur, recours, dpo ou autre (obligatoire).")
        private String type;

        @Option(names = "--name", paramLabel = "NOM", description = "Nom de l'organisme (obligatoire).")
        private String nom;

        @Option(names = "--address", paramLabel = "ADRESSE", description = "Adresse (rue).")
        private String adresse;

        @Option(names = "--postcode", paramLabel = "CODE", description = "Code postal.")
        private String codePostal;

        @Option(names = "--town", paramLabel = "VILLE", description = "Ville.")
        private String ville;

        @Option(names = "--email", paramLabel = "ADRESSE", description = "Courriel.")
        private String email;

        @Option(names = "--phone", paramLabel = "TÉLÉPHONE", description = "Téléphone.")
        private String telephone;

        @Override
        public Integer call() {
            TypeOrganisation choisi = type == null ? null : ValeursCli.type(type);
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                FicheOrganisation fiche = new FicheOrganisation(choisi, nom, new Adresse(adresse, "", codePostal,
                        ville), email, telephone);
                Organisation ajoutee = ValeursCli.selonOptions(OPTIONS,
                        () -> besoins.gererAnnuaire().ajouter(fiche));
                dire("Organisme " + ValeursCli.court(ajoutee.id()) + " ajouté : « " + ajoutee.nom()
                        + " » (" + ajoutee.type().libelle() + ").");
                return 0;
            }
        }
    }

    /** {@code organisations list [--json]}. */
    @Command(name = "list", description = "Liste les organismes de l'annuaire, les actifs d'abord.")
    static final class Lister extends SousCommandeDeGroupe {

        @Option(names = "--json", description = "Liste au format JSON.")
        private boolean json;

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                imprimer(besoins.gererAnnuaire().lister(), json, Lister::json, Lister::texte, Organisation::actif,
                        "organisme");
                return 0;
            }
        }

        private static String texte(Organisation o) {
            String adresse = Stream.of(o.adresse().ligne1(), o.adresse().ligne2(),
                    (o.adresse().codePostal() + " " + o.adresse().ville()).strip())
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(", "));
            return ValeursCli.court(o.id()) + "  " + o.nom() + " — " + o.type().libelle()
                    + Stream.of(adresse, o.email(), o.telephone()).filter(s -> !s.isEmpty())
                    .map(s -> " — " + s).collect(Collectors.joining())
                    + " — " + (o.actif() ? "actif" : "inactif");
        }

        /** [{"id":"…","type":"spsti","name":"…","address":"…","postcode":"…","town":"…",…,"active":true}] */
        static String json(List<Organisation> organisations) {
            return organisations.stream().map(o -> "{\"id\":\"" + o.id() + "\",\"type\":\"" + ValeursCli.mot(o.type())
                    + "\",\"name\":" + RapportImport.chaineJson(o.nom()) + ",\"address\":"
                    + RapportImport.chaineJson(o.adresse().ligne1()) + ",\"address2\":"
                    + RapportImport.chaineJson(o.adresse().ligne2()) + ",\"postcode\":"
                    + RapportImport.chaineJson(o.adresse().codePostal()) + ",\"town\":"
                    + RapportImport.chaineJson(o.adresse().ville()) + ",\"email\":" + RapportImport.chaineJson(o.email())
                    + ",\"phone\":" + RapportImport.chaineJson(o.telephone()) + ",\"active\":" + o.actif() + "}")
                    .collect(Collectors.joining(",", "[", "]"));
        }
    }

    /** {@code organisations deactivate ID}: no longer offered in the forms; what names it stays. */
    @Command(name = "deactivate", description = "Désactive un organisme : il n'est plus proposé dans les formulaires.")
    static final class Desactiver extends SurIdentifiant<Besoins> {

        @Override
        protected String agir(Besoins besoins, String id) {
            Organisation organisation = organisation(besoins.gererAnnuaire(), id);
            besoins.gererAnnuaire().activer(organisation.id(), false);
            return "Organisme " + ValeursCli.court(organisation.id()) + " désactivé.";
        }
    }

    /** {@code organisations activate ID}. */
    @Command(name = "activate", description = "Réactive un organisme désactivé.")
    static final class Activer extends SurIdentifiant<Besoins> {

        @Override
        protected String agir(Besoins besoins, String id) {
            Organisation organisation = organisation(besoins.gererAnnuaire(), id);
            besoins.gererAnnuaire().activer(organisation.id(), true);
            return "Organisme " + ValeursCli.court(organisation.id()) + " réactivé.";
        }
    }
}
