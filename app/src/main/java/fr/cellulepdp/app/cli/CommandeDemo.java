package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.model.demo.ResumeDemo;
import picocli.CommandLine.Command;

/** {@code demo}: fills an empty database with the demo cell. */
@Command(name = "demo", description = "Remplit une base vide avec les données de démonstration (fictives).")
public final class CommandeDemo extends SousCommande {

    /** What the command uses, built in the wiring (decision record 0044). */
    public record Besoins(java.util.function.Supplier<ResumeDemo> chargerLaDemo, String descriptionBase,
                          java.nio.file.Path dossierDonnees) {
    }

    private final Ouverture<Besoins> ouverture;

    public CommandeDemo(Ouverture<Besoins> ouverture) {
        this.ouverture = ouverture;
    }

    @Override
    public Integer call() {
        try (Ouverture.Ouverte<Besoins> ouverte = principale().ouvrirAvantLePremierCompte(ouverture)) {
            Besoins besoins = ouverte.besoins();
            ResumeDemo resume = besoins.chargerLaDemo().get();
            sortie().println(resume.enFrancais());
            sortie().println("Base : " + besoins.descriptionBase());
            sortie().println("Certificat de signature de démonstration : " + besoins.dossierDonnees()
                    .resolve(CertificatDemo.FICHIER) + " (mot de passe : " + CertificatDemo.MOT_DE_PASSE + ")");
            sortie().println("Comptes de démonstration : un par membre, par exemple helene.martinel (coordinatrice), "
                    + "mot de passe " + fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE
                    + " ; la ligne de commande les demande désormais (--user, PDP_PASSWORD).");
        }
        return 0;
    }
}
