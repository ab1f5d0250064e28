package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.demo.ResumeDemo;
import picocli.CommandLine.Command;

/** {@code demo}: fills an empty database with the demo cell. */
@Command(name = "demo", description = "Remplit une base vide avec les données de démonstration (fictives).")
final class CommandeDemo extends SousCommande {

    @Override
    public Integer call() {
        try (Services services = principale().ouvrirAvantLePremierCompte()) {
            ResumeDemo resume = services.chargerLaDemo();
            sortie().println(resume.enFrancais());
            sortie().println("Base : " + services.descriptionBase());
            sortie().println("Certificat de signature de démonstration : " + services.dossierDonnees()
                    .resolve(CertificatDemo.FICHIER) + " (mot de passe : " + CertificatDemo.MOT_DE_PASSE + ")");
            sortie().println("Comptes de démonstration : un par membre, par exemple helene.martinel (coordinatrice), "
                    + "mot de passe " + fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE
                    + " ; la ligne de commande les demande désormais (--user, PDP_PASSWORD).");
        }
        return 0;
    }
}
