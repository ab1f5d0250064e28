package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.FicheCellule;
import fr.cellulepdp.model.cellule.FicheMembre;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.Compte;
import fr.cellulepdp.persistence.base.AccesBase;
import java.io.Console;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code setup account|cell|me}: a real cell's first day from the command line, as the window's first start does
 * it: the coordinatrice's account (which encrypts the H2 file with her password), the cell's identity and
 * signatory, and her own member record.
 */
@Command(name = "setup", description = "Met en place une nouvelle cellule : compte de la coordinatrice, identité de "
        + "la cellule, fiche de la coordinatrice.",
        subcommands = {CommandeMiseEnPlace.PremierCompte.class, CommandeMiseEnPlace.Identite.class,
                CommandeMiseEnPlace.MaFiche.class})
public final class CommandeMiseEnPlace extends Groupe<CommandeMiseEnPlace.Besoins> {

    /** What the commands of the group use, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.cellule.UtilisateurCourant session,
                          fr.cellulepdp.model.compte.GererComptes gererComptes,
                          fr.cellulepdp.model.cellule.GererMembres gererMembres,
                          fr.cellulepdp.model.cellule.ParametrerCellule parametrerCellule) {
    }

    public CommandeMiseEnPlace(Ouverture<Besoins> ouverture) {
        super(ouverture);
    }

    @picocli.CommandLine.Mixin
    private OptionAide aide;

    /** The options of a member's form, by the field names of {@link GererMembres}'s refusals. */
    static final Map<String, String> OPTIONS_MEMBRE = Map.of("civilité", "--civility", GererMembres.PRENOM,
            "--first-name", GererMembres.NOM, "--name", GererMembres.FONCTION, "--function", GererMembres.ORGANISATION,
            "--organisation", GererMembres.ROLE, "--role", GererMembres.EMAIL, "--email", GererMembres.SUPPLEANT,
            "--deputy", GererMembres.PARTENAIRE, "--partner-type");

    /** {@code setup account --login LOGIN}: the coordinatrice's account, on a database that has none. */
    @Command(name = "account", description = "Crée le compte de la coordinatrice sur une base qui n'a encore aucun "
            + "compte (mot de passe : variable PDP_PASSWORD, ou saisi deux fois). Le fichier H2 est alors chiffré "
            + "et ne s'ouvre plus qu'avec ce mot de passe.")
    public static final class PremierCompte extends SousCommandeDeGroupe {

        /**
         * Creates the coordinatrice's account on a base with none, tied to her member when the list has her; empty
         * when the base has accounts already. Built in the wiring, since no account opens the base yet.
         */
        @FunctionalInterface
        public interface CreationPremierCompte {
            java.util.Optional<Cree> creer(AccesBase acces, String identifiant, char[] motDePasse, char[] confirmation);

            /** The account created, and whether it is tied to the coordinatrice's member record. */
            record Cree(Compte compte, boolean rattache) {
            }
        }

        private final CreationPremierCompte creation;

        public PremierCompte(CreationPremierCompte creation) {
            this.creation = creation;
        }

        @Option(names = "--login", required = true, paramLabel = "IDENTIFIANT",
                description = "Identifiant du compte (par exemple helene.martinel).")
        private String identifiant;

        @Override
        public Integer call() {
            CommandePrincipale principale = principale();
            AccesBase acces = principale.acces();
            if (acces.verrouillee() && acces.fichier().isPresent()) {
                // only an account's password opens the file: it has accounts
                throw dejaDesComptes();
            }
            // asked before the database is opened, so that a missing password creates no file
            char[][] motDePasse = motDePasse(principale);
            try {
                CreationPremierCompte.Cree cree = creation.creer(acces, identifiant, motDePasse[0], motDePasse[1])
                        .orElseThrow(PremierCompte::dejaDesComptes);
                Compte compte = cree.compte();
                boolean rattache = cree.rattache();
                sortie().println("Compte de la coordinatrice « " + compte.identifiant() + " » créé"
                        + (rattache ? ", rattaché à sa fiche de membre." : "."));
                if (acces.verrouillee()) {
                    sortie().println("La base est chiffrée : elle ne s'ouvre plus qu'avec ce mot de passe.");
                }
                sortie().println("Les commandes demandent désormais --user " + compte.identifiant()
                        + " (mot de passe dans " + CommandePrincipale.VARIABLE_MOT_DE_PASSE_COMPTE + ", ou saisi)"
                        + (!rattache ? " ; renseignez ensuite la cellule (setup cell) et votre fiche (setup me)."
                        : "."));
                sortie().flush();
                return 0;
            } finally {
                Arrays.fill(motDePasse[0], '\0');
                Arrays.fill(motDePasse[1], '\0');
            }
        }

        private static SaisieInvalideException dejaDesComptes() {
            return new SaisieInvalideException("compte", "cette base a déjà des comptes : le compte de la "
                    + "coordinatrice ne se crée qu'une fois. Connectez-vous avec --user ; les autres comptes se créent "
                    + "dans la fenêtre (Paramètres › Comptes).");
        }

        /** The password and its confirmation: the variable's twice, or typed twice in the terminal. */
        private static char[][] motDePasse(CommandePrincipale principale) {
            String variable = principale.variable(CommandePrincipale.VARIABLE_MOT_DE_PASSE_COMPTE);
            if (variable != null) {
                return new char[][] {variable.toCharArray(), variable.toCharArray()};
            }
            Console console = System.console();
            if (console == null) {
                throw new SaisieInvalideException("mot de passe", "définissez "
                        + CommandePrincipale.VARIABLE_MOT_DE_PASSE_COMPTE + " ou lancez la commande dans un terminal.");
            }
            char[] saisi = console.readPassword("Mot de passe du compte (12 caractères au moins) : ");
            char[] confirmation = console.readPassword("Confirmez le mot de passe : ");
            return new char[][] {saisi == null ? new char[0] : saisi, confirmation == null ? new char[0] : confirmation};
        }
    }

    /** {@code setup cell --name … }: creates the cell, or changes what the options give and keeps the rest. */
    @Command(name = "cell", description = "Renseigne l'identité de la cellule et le signataire de ses courriers "
            + "(coordinatrice). La première fois, les options dites obligatoires sont requises ; ensuite, seules "
            + "les options données changent (\"\" efface une option facultative).")
    static final class Identite extends SousCommandeDeGroupe {

        private static final Map<String, String> OPTIONS = Map.ofEntries(
                Map.entry(ParametrerCellule.NOM, "--name"), Map.entry(ParametrerCellule.CPAM, "--cpam"),
                Map.entry(ParametrerCellule.ADRESSE, "--address, --address2"),
                Map.entry(ParametrerCellule.CODE_POSTAL, "--postcode"), Map.entry(ParametrerCellule.VILLE, "--town"),
                Map.entry(ParametrerCellule.TELEPHONE, "--phone"), Map.entry(ParametrerCellule.EMAIL, "--email"),
                Map.entry(ParametrerCellule.VILLE_SIGNATURE, "--letters-town"),
                Map.entry(ParametrerCellule.SIGNATAIRE_PRENOM, "--signatory-first-name"),
                Map.entry(ParametrerCellule.SIGNATAIRE_NOM, "--signatory"),
                Map.entry(ParametrerCellule.SIGNATAIRE_FONCTION, "--function"),
                Map.entry(ParametrerCellule.SIGNATAIRE_DELEGATION, "--delegation"));

        @Option(names = "--name", paramLabel = "NOM", description = "Nom de la cellule, par exemple « Cellule "
                + "locale PDP 58 » (obligatoire).")
        private String nom;

        @Option(names = "--cpam", paramLabel = "CAISSE", description = "Caisse, par exemple « CPAM de la Nièvre » "
                + "(obligatoire).")
        private String cpam;

        @Option(names = "--address", paramLabel = "ADRESSE", description = "Adresse, première ligne (obligatoire).")
        private String ligne1;

        @Option(names = "--address2", paramLabel = "ADRESSE", description = "Adresse, seconde ligne.")
        private String ligne2;

        @Option(names = "--postcode", paramLabel = "CODE", description = "Code postal (obligatoire).")
        private String codePostal;

        @Option(names = "--town", paramLabel = "VILLE", description = "Ville (obligatoire).")
        private String ville;

        @Option(names = "--phone", paramLabel = "TÉLÉPHONE", description = "Téléphone (obligatoire).")
        private String telephone;

        @Option(names = "--email", paramLabel = "ADRESSE", description = "Courriel de la cellule (obligatoire).")
        private String email;

        @Option(names = "--letters-town", paramLabel = "VILLE",
                description = "Ville de « …, le » dans les courriers (par défaut : la ville de l'adresse).")
        private String villeSignature;

        @Option(names = "--signatory-first-name", paramLabel = "PRÉNOM", description = "Prénom du signataire.")
        private String signatairePrenom;

        @Option(names = "--signatory", paramLabel = "NOM", description = "Nom du signataire (obligatoire).")
        private String signataireNom;

        @Option(names = "--function", paramLabel = "FONCTION",
                description = "Fonction du signataire, par exemple « Directrice » (obligatoire).")
        private String signataireFonction;

        @Option(names = "--delegation", paramLabel = "MENTION",
                description = "Mention de délégation, par exemple « Pour le directeur et par délégation ».")
        private String delegation;

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                Optional<Cellule> lue = besoins.parametrerCellule().lire();
                Optional<FicheCellule> avant = lue.map(Cellule::fiche);
                FicheCellule fiche = new FicheCellule(
                        valeur(nom, avant, FicheCellule::nom), valeur(cpam, avant, FicheCellule::cpam),
                        new Adresse(valeur(ligne1, avant, f -> f.adresse().ligne1()),
                                valeur(ligne2, avant, f -> f.adresse().ligne2()),
                                valeur(codePostal, avant, f -> f.adresse().codePostal()),
                                valeur(ville, avant, f -> f.adresse().ville())),
                        valeur(telephone, avant, FicheCellule::telephone), valeur(email, avant, FicheCellule::email),
                        valeur(villeSignature, avant, FicheCellule::villeSignature),
                        valeur(signatairePrenom, avant, FicheCellule::signatairePrenom),
                        valeur(signataireNom, avant, FicheCellule::signataireNom),
                        valeur(signataireFonction, avant, FicheCellule::signataireFonction),
                        valeur(delegation, avant, FicheCellule::signataireDelegation));
                long version = lue.map(Cellule::version).orElse(0L);
                Cellule enregistree = ValeursCli.selonOptions(OPTIONS,
                        () -> besoins.parametrerCellule().enregistrer(fiche, version));
                sortie().println(lue.isEmpty() ? "Cellule créée : « " + enregistree.nom() + " »."
                        : enregistree.version() == version ? "Cellule inchangée : « " + enregistree.nom() + " »."
                        : "Cellule mise à jour : « " + enregistree.nom() + " ».");
                sortie().flush();
                return 0;
            }
        }

        /** What the option gives, else what the cell has, else nothing. */
        private static String valeur(String option, Optional<FicheCellule> avant, Function<FicheCellule, String> champ) {
            return option != null ? option : avant.map(champ).orElse("");
        }
    }

    /** {@code setup me --first-name … }: the coordinatrice's own member record, tied to her account. */
    @Command(name = "me", description = "Crée votre fiche de membre (coordinatrice) et la rattache à votre compte "
            + "(--user), pour que les séances et les décisions vous nomment.")
    static final class MaFiche extends SousCommandeDeGroupe {

        @Option(names = "--civility", paramLabel = "CIVILITÉ", description = "Civilité, par exemple « Mme ».")
        private String civilite;

        @Option(names = "--first-name", paramLabel = "PRÉNOM", description = "Prénom (obligatoire).")
        private String prenom;

        @Option(names = "--name", paramLabel = "NOM", description = "Nom (obligatoire).")
        private String nom;

        @Option(names = "--function", paramLabel = "FONCTION", description = "Fonction (obligatoire).")
        private String fonction;

        @Option(names = "--organisation", paramLabel = "ORGANISME", description = "Organisme (obligatoire).")
        private String organisation;

        @Option(names = "--email", paramLabel = "ADRESSE", description = "Courriel.")
        private String email;

        @Override
        public Integer call() {
            try (Ouverture.Ouverte<Besoins> ouverte = ouvrir()) {
                Besoins besoins = ouverte.besoins();
                if (besoins.gererComptes().aucunCompte()) {
                    throw new SaisieInvalideException("compte", "cette base n'a encore aucun compte : créez d'abord "
                            + "le vôtre (setup account --login IDENTIFIANT), puis rattachez-y votre fiche avec --user.");
                }
                FicheMembre fiche = new FicheMembre(civilite, prenom, nom, fonction, organisation, Role.COORDINATRICE,
                        email, false);
                Membre ajoute = ValeursCli.selonOptions(OPTIONS_MEMBRE,
                        () -> besoins.gererMembres().ajouterMaFiche(fiche));
                sortie().println("Fiche de membre " + ValeursCli.court(ajoute.id()) + " (" + ajoute.role().libelle()
                        + ") créée et rattachée au compte « " + besoins.session().utilisateur().identifiant()
                        + " ».");
                sortie().flush();
                return 0;
            }
        }
    }
}
