package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.situation.Situation;
import java.util.Optional;

/** The file a letter is about: its decision's request's situation (and through it, the person). */
final class DossierDuCourrier {

    private DossierDuCourrier() {
    }

    static Optional<Situation> de(StockageNotifications stockage, Notification lettre) {
        return stockage.decisionsNotifiees().dossier(lettre.decisionId());
    }

    /** The person's personal code, if they have one. */
    static Optional<CodeCourriel> code(StockageNotifications stockage, Notification lettre) {
        return de(stockage, lettre).flatMap(s -> stockage.codesCourriel().findByAssure(s.assureId()));
    }
}
