package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.DepotVerifie;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.notification.RemettreCodePersonnel.Remise;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code personal-code --file PDP-… (--handed | --posted) [--new] --out FICHIER.pdf}: the person's personal code
 * on paper with the consent receipt (decision 0024); {@code --new} when the person lost theirs.
 */
@Command(name = "personal-code", description = "Remet à une personne son code personnel des courriels, sur papier, "
        + "avec le récépissé de son consentement (coordinatrice) ; --new en tire un nouveau (code perdu ou vu).")
public final class CommandeCodePersonnel extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(RemettreCodePersonnel remettreCodePersonnel) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeCodePersonnel(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Option(names = "--file", required = true, paramLabel = "PDP-AAAA-NNNN",
            description = "Numéro d'un dossier de la personne.")
    private String dossier;

    @ArgGroup(exclusive = true, multiplicity = "1")
    private Remises remise;

    @Option(names = "--new", description = "Tire un nouveau code, qui remplace l'ancien.")
    private boolean nouveau;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.pdf", description = "Le document à imprimer.")
    private Path sortie;

    /** How the paper reaches the person: one of the two. */
    static final class Remises {
        @Option(names = "--handed", required = true, description = "Remis en main propre aujourd'hui.")
        boolean mainPropre;

        @Option(names = "--posted", required = true, description = "Posté aujourd'hui.")
        boolean poste;
    }

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrir(ouverture)) {
            Besoins besoins = ouverte.besoins();
            RemettreCodePersonnel.Resultat resultat = besoins.remettreCodePersonnel().remettre(dossier, nouveau, remise.mainPropre ? Remise.EN_MAIN_PROPRE : Remise.PAR_COURRIER,
                    new DepotVerifie(sortie));
            sortie().println((resultat.nouveauCode() ? "Nouveau code personnel" : "Code personnel") + " imprimé dans "
                    + sortie + " : compté comme remis (" + resultat.remisPar() + "). Les prochains courriers de la "
                    + "personne partiront par courriel.");
            if (resultat.enAttente() > 0) {
                sortie().println("Attention : " + resultat.enAttente() + " courriel(s) en attente d'envoi ont été "
                        + "protégés par l'ancien code ; produisez de nouveau les documents de leur séance (render) "
                        + "avant l'envoi.");
            }
            sortie().flush();
            return 0;
        }
    }
}
