package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Textes;
import java.util.ArrayList;
import java.util.List;

/** Use case: the audit trail, newest first, filtered by a text (who, action, object type, details). */
public final class ConsulterJournal {

    public static final int LIMITE = 2000;
    static final int PAGE = 500;
    private final StockageAudit stockage;
    private final ActeurAuditCourant acteurCourant;

    public ConsulterJournal(StockageAudit stockage, ActeurAuditCourant acteurCourant) {
        this.stockage = stockage;
        this.acteurCourant = acteurCourant;
    }

    /**
     * Only the coordinatrice reads the trail: it says who opened which file, when. The newest {@link #LIMITE} entries
     * the filter keeps, read newest first by pages of {@link #PAGE}: never the whole trail at once.
     */
    public List<EvenementAudit> lister(String filtre) {
        acteurCourant.acteur().exigerLectureDuJournal("consulte le journal d'audit");
        String texte = Textes.pourRecherche(filtre == null ? "" : filtre.strip());
        List<EvenementAudit> retenus = new ArrayList<>();
        long avant = Long.MAX_VALUE;
        while (retenus.size() < LIMITE) {
            List<EvenementAudit> page = stockage.journalAudit().precedents(avant, PAGE);
            for (EvenementAudit e : page) {
                if (texte.isEmpty() || Textes.pourRecherche(String.join(" ", e.acteur(), e.action(), e.typeObjet(),
                        e.details(), e.objetId() == null ? "" : e.objetId().toString())).contains(texte)) {
                    retenus.add(e);
                    if (retenus.size() == LIMITE) {
                        break;
                    }
                }
            }
            if (page.size() < PAGE) {
                break;
            }
            avant = page.get(page.size() - 1).sequence();
        }
        return List.copyOf(retenus);
    }
}
