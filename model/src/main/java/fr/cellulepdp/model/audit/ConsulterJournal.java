package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Textes;
import java.util.Comparator;
import java.util.List;

/** Use case: the audit trail, newest first, filtered by a text (who, action, object type, details). */
public final class ConsulterJournal {

    public static final int LIMITE = 2000;
    private final StockageAudit stockage;
    private final ActeurAuditCourant acteurCourant;

    public ConsulterJournal(StockageAudit stockage, ActeurAuditCourant acteurCourant) {
        this.stockage = stockage;
        this.acteurCourant = acteurCourant;
    }

    /** Only the coordinatrice reads the trail: it says who opened which file, when. */
    public List<EvenementAudit> lister(String filtre) {
        acteurCourant.acteur().exigerLectureDuJournal("consulte le journal d'audit");
        String texte = Textes.pourRecherche(filtre == null ? "" : filtre.strip());
        return stockage.journalAudit().findAll().stream()
                .filter(e -> texte.isEmpty() || Textes.pourRecherche(String.join(" ", e.acteur(), e.action(),
                        e.typeObjet(), e.details(), e.objetId() == null ? "" : e.objetId().toString())).contains(texte))
                .sorted(Comparator.comparingLong(EvenementAudit::sequence).reversed())
                .limit(LIMITE)
                .toList();
    }
}
