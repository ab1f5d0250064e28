package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.document.Contresignature;
import fr.cellulepdp.app.document.GenerationDocuments;
import fr.cellulepdp.app.document.HorodatageDiffere;
import fr.cellulepdp.app.document.HorodatageEnAttente;
import fr.cellulepdp.app.document.ImagesLocales;
import fr.cellulepdp.app.document.ParametrerHorodatage;
import fr.cellulepdp.app.document.RayonDossier;
import fr.cellulepdp.app.document.ReglagesHorodatage;
import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.document.ConsulterDocuments;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.notification.EmpreintesCourriers;
import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.signature.SignaturePades;

/**
 * The meetings' documents: their generation and signature, the archive, the counter-signature and the time-stamp.
 * What reads this computer's settings (the time-stamp authority) is read when each use case is made.
 */
public final class CablageDocuments {

    private final Socle socle;

    CablageDocuments(Socle socle) {
        this.socle = socle;
    }

    /** Signatures time-stamped by the authority set in horodatage.properties (PAdES B-T), B-B without one. */
    public SignaturePades signature() {
        return new SignaturePades(ReglagesHorodatage.lire(socle.dossierDonnees()).horodatage(socle.coffre()));
    }

    public GenererDocumentsSeance genererDocuments() {
        return new GenererDocumentsSeance(socle.base(), new GenerateurPdf(), signature(), socle.horloge(),
                new ImagesLocales(), horodatageDiffere().archive(ReglagesHorodatage.lire(socle.dossierDonnees())),
                socle.session());
    }

    /** What « Générer les documents » uses. */
    public GenerationDocuments.CasDUsage generationDocuments() {
        return new GenerationDocuments.CasDUsage(new ParametrerCellule(socle.base(), socle.horloge(), socle.session())::lire, this::genererDocuments,
                socle.dossierDonnees(), socle.dossierDocuments(), socle.session());
    }

    /** The meetings' documents as the archive holds them, for the Documents page. */
    public ConsulterDocuments consulterDocuments() {
        return new ConsulterDocuments(socle.base(), new RayonDossier(socle.dossierDocuments()), socle.session());
    }

    public Contresignature contresignature() {
        return new Contresignature(signature(), new GererMembres(socle.base(), socle.horloge(), socle.session()),
                new Audit(socle.base(), socle.horloge()), horodatageDiffere(), socle.session());
    }

    /** The time-stamp authority of this computer's signatures. */
    public ParametrerHorodatage parametrerHorodatage() {
        return new ParametrerHorodatage(new Audit(socle.base(), socle.horloge()), socle.coffre(),
                socle.dossierDonnees(), socle.session());
    }

    /** The outbox's first step when it goes online: the documents signed offline get their time-stamp. */
    public HorodatageEnAttente horodatageEnAttente() {
        return new HorodatageEnAttente(new EmpreintesCourriers(socle.base(), socle.session()), socle.coffre(), socle.dossierDonnees(), horodatageDiffere(),
                socle.session());
    }

    /** The documents signed without time-stamp while a time-stamp authority is set, to time-stamp later. */
    private HorodatageDiffere horodatageDiffere() {
        return new HorodatageDiffere(socle.dossierDocuments());
    }
}
