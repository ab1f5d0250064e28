package fr.cellulepdp.model.document;

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
 * The layout port without PDFs (the reports module is a dependency of neither model nor persistence): which letters
 * the use case asks for, on any store. The archive keeps nothing.
 */
public final class GenerateurFactice implements GenerateurDocuments {

    /** The decisions a letter was asked for, in order. */
    public final List<UUID> lettres = new ArrayList<>();

    public static GenererDocumentsSeance documents(fr.cellulepdp.model.stockage.Stockage base, Horloge horloge, GenerateurFactice generateur,
            fr.cellulepdp.model.cellule.UtilisateurCourant utilisateurCourant) {
        return new GenererDocumentsSeance(base, generateur, null, horloge, chemin -> Optional.empty(), (n, d) -> { },
                utilisateurCourant);
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
