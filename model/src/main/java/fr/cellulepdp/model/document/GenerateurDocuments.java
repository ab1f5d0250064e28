package fr.cellulepdp.model.document;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.seance.DossierSeance;

/** Port: makes the PDF/A documents of a meeting (the reports module implements it). */
public interface GenerateurDocuments {

    /** The agenda; {@code pseudonymise} for partners: file numbers and initials, never a name or a NIR. */
    DocumentPdf ordreDuJour(ContenuSeance contenu, boolean pseudonymise);

    /** The minutes; {@code pseudonymise}: the extract for partners, without names, reasons or medical opinions. */
    DocumentPdf procesVerbal(ContenuSeance contenu, boolean pseudonymise);

    /** The letter telling the person of the decision on one request of one agenda item. */
    DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision);
}
