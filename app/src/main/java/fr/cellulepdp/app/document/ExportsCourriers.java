package fr.cellulepdp.app.document;

import fr.cellulepdp.app.notification.EnvoiSmtp;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.notification.EnvoiImpossibleException;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.reports.document.FusionPdfBox;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The files a meeting's Courriers tab hands out, in the meeting's folder of the documents: the letters to post in
 * one PDF, a letter's e-mail as .eml. Each is deposited ({@link DepotVerifie}) before its export is recorded.
 */
public final class ExportsCourriers {

    private final Path racine;
    private final SuivreCourriers suivreCourriers;
    private final fr.cellulepdp.model.notification.EnvoyerCourriers envoyerCourriers;
    private final fr.cellulepdp.model.notification.ParametrerSmtp parametrerSmtp;
    private final java.util.function.Supplier<Optional<fr.cellulepdp.model.cellule.Cellule>> cellule;
    private final fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant;

    /** @param racine the folder of the meetings' documents */
    public ExportsCourriers(Path racine, SuivreCourriers suivreCourriers,
                            fr.cellulepdp.model.notification.EnvoyerCourriers envoyerCourriers,
                            fr.cellulepdp.model.notification.ParametrerSmtp parametrerSmtp,
                            java.util.function.Supplier<Optional<fr.cellulepdp.model.cellule.Cellule>> cellule,
                            fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant) {
        this.racine = racine;
        this.suivreCourriers = suivreCourriers;
        this.envoyerCourriers = envoyerCourriers;
        this.parametrerSmtp = parametrerSmtp;
        this.cellule = cellule;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The letters to post of meeting n° {@code numero}, or empty when there is none (no file, nothing recorded). */
    public Optional<DocumentProduit> courriersAPoster(java.util.UUID seanceId, int numero) {
        Path fichier = DossierDocuments.dossier(racine, numero).resolve(DossierDocuments.COURRIERS_A_POSTER);
        return suivreCourriers.deposerAPoster(seanceId, new FusionPdfBox(),
                new DepotVerifie(fichier)).map(pdf -> new DocumentProduit(fichier.toString(), pdf, "", false));
    }

    /** The e-mail of one letter as it is (or was) sent, for a desktop mail client. */
    public Path eml(int numero, SuivreCourriers.Ligne ligne) throws EnvoiImpossibleException {
        var courriel = envoyerCourriers.courriel(ligne.id());
        var serveur = parametrerSmtp.lire();
        String expediteur = serveur.map(s -> s.expediteur()).orElseGet(() -> cellule.get()
                .map(c -> c.email()).orElse("cellule@exemple.fr"));
        byte[] eml = EnvoiSmtp.eml(expediteur, serveur.map(s -> s.nomExpediteur()).orElse(""), courriel);
        Path fichier = DossierDocuments.dossier(racine, numero)
                .resolve("courriers").resolve(ligne.numeroDossier() + "-" + ligne.destinataire().name()
                        .toLowerCase() + ".eml");
        envoyerCourriers.deposerExport(ligne.id(), eml, new DepotVerifie(fichier));
        return fichier;
    }
}
