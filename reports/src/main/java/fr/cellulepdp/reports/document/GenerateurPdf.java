package fr.cellulepdp.reports.document;

import fr.cellulepdp.reports.indicateur.BilanPdf;
import fr.cellulepdp.reports.notification.CodePersonnelPdf;
import fr.cellulepdp.reports.importation.CourrierMiseADispositionPdf;
import fr.cellulepdp.reports.notification.CourrierNotificationPdf;
import fr.cellulepdp.reports.protection.DroitAccesPdf;
import fr.cellulepdp.reports.seance.OrdreDuJourPdf;
import fr.cellulepdp.reports.seance.ProcesVerbalPdf;
import fr.cellulepdp.reports.indicateur.RevueBilanPdf;

import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.consolidation.GenerateurRevueConsolidee;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.GenerateurDocuments;
import fr.cellulepdp.model.indicateur.GenerateurBilan;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.seance.DossierSeance;

/** The PDF/A-2a, PDF/UA-1 documents of a meeting and the cell's review, laid out with PDFBox. */
public final class GenerateurPdf implements GenerateurDocuments, GenerateurBilan,
        ExporterDonneesPersonne.Rendu, RemettreCodePersonnel.Rendu, GenerateurRevueConsolidee,
        fr.cellulepdp.model.importation.GenerateurMiseADisposition {

    @Override
    public DocumentPdf ordreDuJour(ContenuSeance contenu, boolean pseudonymise) {
        return OrdreDuJourPdf.generer(contenu, pseudonymise);
    }

    @Override
    public DocumentPdf procesVerbal(ContenuSeance contenu, boolean pseudonymise) {
        return ProcesVerbalPdf.generer(contenu, pseudonymise);
    }

    @Override
    public DocumentPdf ordreDuJour(ContenuSeance contenu, fr.cellulepdp.model.cellule.Partenaire type) {
        return OrdreDuJourPdf.generer(contenu, true, type);
    }

    @Override
    public DocumentPdf procesVerbal(ContenuSeance contenu, fr.cellulepdp.model.cellule.Partenaire type) {
        return ProcesVerbalPdf.generer(contenu, true, type);
    }

    @Override
    public DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision,
                                    Destinataire destinataire, java.util.Optional<String> codeCourriel) {
        return CourrierNotificationPdf.generer(contenu, point, decision, destinataire, codeCourriel);
    }

    @Override
    public DocumentPdf bilan(GenerateurBilan.ContenuBilan contenu) {
        return BilanPdf.generer(contenu);
    }

    @Override
    public DocumentPdf revue(Consolidation consolidation, java.time.LocalDate editeeLe) {
        return RevueBilanPdf.consolidee(consolidation, editeeLe);
    }

    @Override
    public DocumentPdf donneesPersonne(ExporterDonneesPersonne.DonneesPersonne donnees) {
        return DroitAccesPdf.generer(donnees);
    }

    @Override
    public byte[] codePersonnel(RemettreCodePersonnel.PageCode page) {
        return CodePersonnelPdf.generer(page).contenu();
    }

    @Override
    public DocumentPdf courrier(fr.cellulepdp.model.importation.GenerateurMiseADisposition.Contenu contenu) {
        return CourrierMiseADispositionPdf.generer(contenu);
    }
}
