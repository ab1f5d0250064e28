package fr.cellulepdp.model.document;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;

/** Port: makes the PDF/A documents of a meeting (the reports module implements it). */
public interface GenerateurDocuments {

    /** The agenda; {@code pseudonymise} for partners: file numbers and initials, never a name or a NIR. */
    DocumentPdf ordreDuJour(ContenuSeance contenu, boolean pseudonymise);

    /** The minutes; {@code pseudonymise}: the extract for partners, without names, reasons or medical opinions. */
    DocumentPdf procesVerbal(ContenuSeance contenu, boolean pseudonymise);

    /** The partners' agenda made for the partners of {@code type} alone, its title naming them. */
    default DocumentPdf ordreDuJour(ContenuSeance contenu, fr.cellulepdp.model.cellule.Partenaire type) {
        return ordreDuJour(contenu, true);
    }

    /** The minutes' extract made for the partners of {@code type} alone, its title naming them. */
    default DocumentPdf procesVerbal(ContenuSeance contenu, fr.cellulepdp.model.cellule.Partenaire type) {
        return procesVerbal(contenu, true);
    }

    /**
     * The letter telling the decision on one request of one agenda item to the person, or a copy informing a
     * partner the person's consent covers (no reasons, no medical detail).
     */
    default DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision,
                                     Destinataire destinataire) {
        return notification(contenu, point, decision, destinataire, java.util.Optional.empty());
    }

    /**
     * The same letter; to the person, with {@code codeCourriel} printed in it when given: the personal code that
     * will open the letters e-mailed to them.
     */
    DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision,
                             Destinataire destinataire, java.util.Optional<String> codeCourriel);
}
