package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Horloge;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the audit trail: who did what, when, to which object. Called by the use cases inside their own
 * transaction, so an entry exists exactly when the change does. Each entry holds the previous entry's hash and its
 * own (a chain), signed by its author's key when open in this session, so an edited, removed or inserted entry is
 * detected by {@link VerifierAudit}, even with the chain recomputed. Details name what
 * changed (fields, counts, outcomes), never a NIR, a name or a medical detail.
 */
public final class Audit {

    /** The "previous hash" of the first entry. */
    public static final String ORIGINE = "0".repeat(64);

    private final StockageAudit stockage;
    private final Horloge horloge;

    public Audit(StockageAudit stockage, Horloge horloge) {
        this.stockage = stockage;
        this.horloge = horloge;
    }

    public EvenementAudit noter(ActeurAudit acteur, String action, String typeObjet, UUID objetId, String details) {
        return stockage.transactions().inTransaction(() -> {
            // two clients writing at once chain one after the other: the lock is held until the commit
            stockage.transactions().verrouiller("journal d'audit");
            Optional<EvenementAudit> dernier = stockage.journalAudit().dernier();
            EvenementAudit evenement = new EvenementAudit(dernier.map(e -> e.sequence() + 1).orElse(1L),
                    horloge.maintenant(), acteur.identifiant(), action, typeObjet, objetId, details,
                    dernier.map(EvenementAudit::hash).orElse(ORIGINE), "");
            EvenementAudit chaine = evenement.avecHash(evenement.hashCalcule());
            String signature = stockage.clesDeSession().signer(acteur.identifiant(), chaine.hash()).orElse("");
            return stockage.journalAudit().append(chaine.avecSignature(signature));
        });
    }
}
