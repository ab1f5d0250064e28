package fr.cellulepdp.model.audit;

import fr.cellulepdp.model.commun.Stockage;
import java.util.List;

/** Use case: checks the audit trail's chain and names the first broken entry (command `verify-audit`, Paramètres). */
public final class VerifierAudit {

    private final Stockage stockage;

    public VerifierAudit(Stockage stockage) {
        this.stockage = stockage;
    }

    /** The outcome: how many entries were checked, and the first broken one (0 when intact) with why. */
    public record Resultat(int entrees, long premiereRompue, String raison) {
        public boolean intact() {
            return premiereRompue == 0;
        }

        public String message() {
            return intact() ? "Journal d'audit intact : " + entrees + " entrée" + (entrees > 1 ? "s" : "") + " vérifiée"
                    + (entrees > 1 ? "s." : ".")
                    : "Journal d'audit altéré à l'entrée n° " + premiereRompue + " : " + raison;
        }
    }

    /** @throws fr.cellulepdp.model.commun.SaisieInvalideException for anyone but the coordinatrice, who alone reads the trail */
    public Resultat verifier(fr.cellulepdp.model.cellule.Utilisateur acteur) {
        fr.cellulepdp.model.cellule.Droits.coordinatrice(acteur, "journal", "vérifie le journal d'audit");
        List<EvenementAudit> entrees = stockage.journalAudit().findAll();
        String precedent = Audit.ORIGINE;
        long attendue = 1;
        for (EvenementAudit e : entrees) {
            if (e.sequence() != attendue) {
                return new Resultat(entrees.size(), attendue, "l'entrée manque (supprimée).");
            }
            if (!e.hashPrecedent().equals(precedent)) {
                return new Resultat(entrees.size(), e.sequence(),
                        "elle ne suit pas l'entrée précédente (une entrée a été supprimée, insérée ou modifiée avant).");
            }
            if (!e.hash().equals(e.hashCalcule())) {
                return new Resultat(entrees.size(), e.sequence(), "son contenu a été modifié après son écriture.");
            }
            precedent = e.hash();
            attendue++;
        }
        return new Resultat(entrees.size(), 0, "");
    }
}
