package fr.cellulepdp.app.document;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.seance.Seance;
import java.nio.file.Path;

/**
 * The child process of {@link ExportsInterrompusTest}: exports, as the Courriers tab does, the letters to post
 * ({@code a-poster}) or the first e-mailed letter as .eml ({@code eml}) of the last closed meeting of the base, or
 * a new personal code for the first person with an e-mail address ({@code code}, beside the base).
 */
public final class ExportEnfant {

    private ExportEnfant() {
    }

    public static void main(String[] arguments) throws Exception {
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(Path.of(arguments[0]), Horloge.systeme())) {
            Seance seance = services.documents().genererDocuments().trouver(null);
            if (arguments[1].equals("code")) {
                services.courriers().remettreCodePersonnel().remettre(ExportsInterrompusTest
                        .personneAvecCourriel(services).id(), true, RemettreCodePersonnel.Remise.EN_MAIN_PROPRE,
                        new DepotVerifie(Path.of(arguments[0]).resolveSibling("code.pdf")));
            } else if (arguments[1].equals("a-poster")) {
                services.courriers().exportsCourriers().courriersAPoster(seance.id(), seance.numero()).orElseThrow();
            } else {
                services.courriers().exportsCourriers().eml(seance.numero(), services.courriers().suivreCourriers()
                        .deLaSeance(seance.id()).stream()
                        .filter(l -> l.canal() == CanalEnvoi.EMAIL).findFirst().orElseThrow());
            }
        }
    }
}
