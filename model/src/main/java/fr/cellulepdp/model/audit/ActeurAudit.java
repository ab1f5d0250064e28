package fr.cellulepdp.model.audit;

/**
 * Who acts, as the trail sees them: the identifiant an entry names (and whose session key signs it), and whether they
 * may read the trail. The cell's {@code Utilisateur} is one; the trail knows no role, and the rule stays with the
 * others in {@code cellule/Droits}, so every feature notes on the trail without the trail reading the cell
 * (decision record 0053).
 */
public interface ActeurAudit {

    String identifiant();

    /**
     * @param action what is refused, as it ends « seule la coordinatrice … » (e.g. "consulte le journal d'audit")
     * @throws fr.cellulepdp.model.commun.SaisieInvalideException for anyone who may not read the trail (all but the
     *         coordinatrice: it says who opened which file, when)
     */
    void exigerLectureDuJournal(String action);
}
