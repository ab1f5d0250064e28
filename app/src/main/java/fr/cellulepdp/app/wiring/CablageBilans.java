package fr.cellulepdp.app.wiring;

import fr.cellulepdp.app.audit.SceauxHorsBase;
import fr.cellulepdp.app.document.ImagesLocales;
import fr.cellulepdp.model.audit.ConsulterJournal;
import fr.cellulepdp.model.audit.SceauJournal;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.consolidation.ExporterBilan;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.EditerBilan;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne;
import fr.cellulepdp.reports.document.GenerateurPdf;

/** The use cases that look back: indicators and reviews, the audit trail, data protection (access, retention). */
public final class CablageBilans {

    private final Socle socle;

    CablageBilans(Socle socle) {
        this.socle = socle;
    }

    public CalculerIndicateurs calculerIndicateurs() {
        return new CalculerIndicateurs(socle.base(), socle.session());
    }

    public EditerBilan editerBilan() {
        return new EditerBilan(socle.base(), new GenerateurPdf(), new ImagesLocales(), socle.horloge(),
                socle.session());
    }

    public ExporterBilan exporterBilan() {
        return new ExporterBilan(socle.base(), socle.horloge(), socle.session());
    }

    public ExporterDonneesPersonne exporterDonneesPersonne() {
        return new ExporterDonneesPersonne(socle.base(), new GenerateurPdf(), socle.horloge(), socle.session());
    }

    public ConserverDonnees conserverDonnees() {
        return new ConserverDonnees(socle.base(), socle.horloge(), socle.session());
    }

    public ConsulterJournal consulterJournal() {
        return new ConsulterJournal(socle.base(), socle.session());
    }

    public VerifierAudit verifierAudit() {
        return new VerifierAudit(socle.base(), socle.session());
    }

    /** The trail's seals recorded beside the signed minutes of the archive folder, read when the check asks. */
    public SceauJournal.Externes sceauxDesProcesVerbaux() {
        return () -> SceauxHorsBase.desProcesVerbaux(socle.dossierDocuments());
    }
}
