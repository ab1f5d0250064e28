package fr.cellulepdp.persistence;

import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.document.ContenuSeance;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.GenerateurDocuments;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.seance.DossierSeance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The layout port without PDFs (the reports module is not a dependency of persistence): which letters the use case
 * asks for, on a real database. The archive keeps nothing.
 */
final class GenerateurFactice implements GenerateurDocuments {

    /** The decisions a letter was asked for, in order. */
    final List<UUID> lettres = new ArrayList<>();

    static GenererDocumentsSeance documents(BaseDeDonnees base, Horloge horloge, GenerateurFactice generateur) {
        return new GenererDocumentsSeance(base, generateur, null, horloge, chemin -> Optional.empty(), (n, d) -> { });
    }

    @Override
    public DocumentPdf ordreDuJour(ContenuSeance contenu, boolean pseudonymise) {
        return new DocumentPdf(new byte[] {1}, List.of());
    }

    @Override
    public DocumentPdf procesVerbal(ContenuSeance contenu, boolean pseudonymise) {
        return new DocumentPdf(new byte[] {2}, List.of());
    }

    @Override
    public DocumentPdf notification(ContenuSeance contenu, DossierSeance.Point point, Decision decision,
                                    Destinataire destinataire, java.util.Optional<String> codeCourriel) {
        synchronized (lettres) {
            lettres.add(decision.id());
        }
        return new DocumentPdf(new byte[] {3}, List.of());
    }
}
