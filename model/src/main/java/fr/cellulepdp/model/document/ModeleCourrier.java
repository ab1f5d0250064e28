package fr.cellulepdp.model.document;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import fr.cellulepdp.model.decision.IssueDecision;
import java.util.Objects;
import java.util.UUID;

/** The wording of the letter's body for one outcome, with {{placeholders}} (see {@link Gabarits}). */
public record ModeleCourrier(UUID id, long version, IssueDecision issue, String texte) implements Versionne {

    public ModeleCourrier {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issue, "issue");
        texte = Textes.nonNul(texte);
    }
}
