package fr.cellulepdp.app.cli;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code settings smtp --host H --port P --security starttls|ssl|none --user U --from ADDRESS}: the mail server;
 * the password from PDP_SMTP_PASSWORD or typed, stored encrypted.
 */
@Command(name = "smtp", description = "Paramètre le serveur d'envoi des courriels (mot de passe : variable "
        + "PDP_SMTP_PASSWORD, ou demandé).")
public final class CommandeSmtp implements Callable<Integer> {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(fr.cellulepdp.model.notification.ParametrerSmtp parametrerSmtp) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeSmtp(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    static final String VARIABLE_MOT_DE_PASSE = "PDP_SMTP_PASSWORD";

    @ParentCommand
    private CommandeParametres parametres;

    @Spec
    private CommandSpec spec;

    @Mixin
    private OptionAide aide;

    @Option(names = "--host", required = true, description = "Serveur SMTP.")
    private String hote;

    @Option(names = "--port", required = true, description = "Port (587 en STARTTLS, 465 en SSL/TLS).")
    private int port;

    @Option(names = "--security", required = true, description = "starttls, ssl ou none (serveur local seulement).")
    private String securite;

    @Option(names = "--user", defaultValue = "", description = "Identifiant (vide : sans authentification).")
    private String utilisateur;

    @Option(names = "--from", required = true, description = "Adresse de l'expéditeur.")
    private String expediteur;

    @Option(names = "--from-name", defaultValue = "", description = "Nom de l'expéditeur.")
    private String nomExpediteur;

    @Option(names = "--attachment-password", description = "Mot de passe des courriers joints : code (code "
            + "personnel remis sur papier, par défaut), birth-date ou postcode-year (déconseillés : ils se devinent).")
    private String regle;

    @Override
    public Integer call() {
        CommandePrincipale principale = (CommandePrincipale) spec.parent().parent().userObject();
        try (Ouverture.Ouverte<Besoins> ouverte = principale.ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            RegleMotDePasse choisie = regle == null ? besoins.parametrerSmtp().lire()
                    .map(ServeurSmtp::regleMotDePasse).orElse(RegleMotDePasse.CODE_PERSONNEL) : regle();
            ServeurSmtp serveur = besoins.parametrerSmtp().enregistrer(hote, port,
                    securite(), utilisateur, utilisateur.isEmpty() ? new char[0] : motDePasse(), expediteur,
                    nomExpediteur, choisie);
            if (serveur.regleMotDePasse().devinable()) {
                spec.commandLine().getErr().println(serveur.regleMotDePasse().avertissement());
                spec.commandLine().getErr().flush();
            }
            PrintWriter sortie = spec.commandLine().getOut();
            sortie.println("Serveur d'envoi enregistré : " + serveur.hote() + ":" + serveur.port() + " ("
                    + serveur.securite().libelle() + "), expéditeur " + serveur.expediteur()
                    + (serveur.motDePasseChiffre().isEmpty() ? "." : ", mot de passe chiffré."));
            sortie.flush();
            return 0;
        }
    }

    private RegleMotDePasse regle() {
        return switch (regle.toLowerCase(Locale.ROOT)) {
            case "code" -> RegleMotDePasse.CODE_PERSONNEL;
            case "birth-date" -> RegleMotDePasse.DATE_NAISSANCE;
            case "postcode-year" -> RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE;
            default -> throw new SaisieInvalideException("--attachment-password", "« " + regle + " » : code, "
                    + "birth-date ou postcode-year attendu.");
        };
    }

    private SecuriteSmtp securite() {
        return switch (securite.toLowerCase(Locale.ROOT)) {
            case "starttls" -> SecuriteSmtp.STARTTLS;
            case "ssl", "tls" -> SecuriteSmtp.SSL;
            case "none", "aucune" -> SecuriteSmtp.AUCUNE;
            default -> throw new SaisieInvalideException("--security", "« " + securite + " » : starttls, ssl ou none "
                    + "attendu.");
        };
    }

    private static char[] motDePasse() {
        String variable = System.getenv(VARIABLE_MOT_DE_PASSE);
        if (variable != null) {
            return variable.toCharArray();
        }
        Console console = System.console();
        if (console == null) {
            throw new SaisieInvalideException("mot de passe", "définissez " + VARIABLE_MOT_DE_PASSE
                    + " ou lancez la commande dans un terminal.");
        }
        return console.readPassword("Mot de passe du serveur SMTP : ");
    }
}
