package fr.cellulepdp.app.document;

import fr.cellulepdp.app.notification.EnvoiSmtp;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.reports.document.FusionPdfBox;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a meeting's Courriers tab hands out, in the meeting's folder of the documents: the letters to post in
 * one PDF, a letter's e-mail as .eml. Each is deposited ({@link DepotVerifie}) before its export is recorded.
 */
public final class ExportsCourriers {

    private ExportsCourriers() {
    }

    /** The letters to post, or empty when there is none (no file, nothing recorded). */
    public static Optional<DocumentProduit> courriersAPoster(Services services, Seance seance) {
        Path fichier = DossierDocuments.dossier(GenerationDocuments.racine(services), seance.numero())
                .resolve(DossierDocuments.COURRIERS_A_POSTER);
        return services.suivreCourriers().deposerAPoster(services.utilisateur(), seance.id(), new FusionPdfBox(),
                new DepotVerifie(fichier)).map(pdf -> new DocumentProduit(fichier.toString(), pdf, "", false));
    }

    /** The e-mail of one letter as it is (or was) sent, for a desktop mail client. */
    public static Path eml(Services services, Seance seance, SuivreCourriers.Ligne ligne)
            throws EnvoiImpossibleException {
        var courriel = services.envoyerCourriers().courriel(services.utilisateur(), ligne.id());
        var serveur = services.parametrerSmtp().lire(services.utilisateur());
        String expediteur = serveur.map(s -> s.expediteur()).orElseGet(() -> services.cellule()
                .map(c -> c.email()).orElse("cellule@exemple.fr"));
        byte[] eml = EnvoiSmtp.eml(expediteur, serveur.map(s -> s.nomExpediteur()).orElse(""), courriel);
        Path fichier = DossierDocuments.dossier(GenerationDocuments.racine(services), seance.numero())
                .resolve("courriers").resolve(ligne.numeroDossier() + "-" + ligne.destinataire().name()
                        .toLowerCase() + ".eml");
        services.envoyerCourriers().deposerExport(services.utilisateur(), ligne.id(), eml, new DepotVerifie(fichier));
        return fichier;
    }
}
