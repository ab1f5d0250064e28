package fr.cellulepdp.model.document;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.IssueDecision;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Use case: the cell's wording of the letters, one template per outcome; the default one until it is changed.
 * A change goes into the audit trail with the outcome and the lengths, not the wording.
 */
public final class GererModelesCourrier {

    private final StockageDocuments stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererModelesCourrier(StockageDocuments stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The wording in force for every outcome the cell decides (a measure it follows has no letter). */
    public Map<IssueDecision, String> modeles() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "modèle", "lit et modifie les modèles de courrier");
        Map<IssueDecision, String> modeles = new EnumMap<>(IssueDecision.class);
        for (IssueDecision issue : IssueDecision.decisions()) {
            modeles.put(issue, stockage.modelesCourrier().findByIssue(issue).map(ModeleCourrier::texte)
                    .orElse(Gabarits.parDefaut(issue)));
        }
        return modeles;
    }

    /** @throws SaisieInvalideException naming every unknown placeholder; nothing is saved then */
    public void enregistrer(IssueDecision issue, String texte) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "modèle", "modifie les modèles de courrier");
        if (issue == null || !issue.estUneDecision()) {
            throw new SaisieInvalideException("modèle", "une mesure seulement suivie n'a pas de courrier.");
        }
        if (texte == null || texte.isBlank()) {
            throw new SaisieInvalideException("modèle", "le modèle est vide.");
        }
        List<String> inconnus = Gabarits.inconnus(texte);
        if (!inconnus.isEmpty()) {
            throw new SaisieInvalideException("modèle", (inconnus.size() == 1 ? "champ inconnu : " : "champs inconnus : ")
                    + String.join(", ", inconnus.stream().map(c -> "{{" + c + "}}").toList())
                    + ". Champs possibles : " + String.join(", ", Gabarits.PLACEHOLDERS.keySet().stream().sorted()
                    .map(c -> "{{" + c + "}}").toList()) + ".");
        }
        stockage.transactions().runInTransaction(() -> {
            ModeleCourrier actuel = stockage.modelesCourrier().findByIssue(issue)
                    .orElse(new ModeleCourrier(UUID.randomUUID(), 0, issue, ""));
            if (texte.equals(modeles().get(issue))) {
                return;
            }
            String avant = stockage.modelesCourrier().findByIssue(issue).map(ModeleCourrier::texte)
                    .map(t -> t.length() + " caractères").orElse("modèle par défaut");
            stockage.modelesCourrier().save(new ModeleCourrier(actuel.id(), actuel.version(), issue, texte));
            new Audit(stockage, horloge).noter(acteur, "MODELE_COURRIER", "ModeleCourrier", actuel.id(),
                    issue.name() + " : " + avant + " → " + texte.length() + " caractères");
        });
    }
}
