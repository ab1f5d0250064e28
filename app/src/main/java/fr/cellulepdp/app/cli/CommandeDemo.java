package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.demo.ResumeDemo;
import picocli.CommandLine.Command;

/** {@code demo}: fills an empty database with the demo cell. */
@Command(name = "demo", description = "Remplit une base vide avec les données de démonstration (fictives).")
final class CommandeDemo extends SousCommande {

    @Override
    public Integer call() {
        try (Services services = Services.ouvrir(principale().acces(), Horloge.systeme())) {
            ResumeDemo resume = CertificatDemo.chargerLaDemo(services);
            sortie().println(resume.enFrancais());
            sortie().println("Base : " + services.descriptionBase());
            sortie().println("Certificat de signature de démonstration : " + services.dossierDonnees()
                    .resolve(CertificatDemo.FICHIER) + " (mot de passe : " + CertificatDemo.MOT_DE_PASSE + ")");
        }
        return 0;
    }
}
