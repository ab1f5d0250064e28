package fr.cellulepdp.model.decision;

import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.commun.Versionne;
import java.util.Objects;
import java.util.UUID;

/** A standard phrase the cell keeps for the reasons of its decisions, inserted with one click while deciding. */
public record MotifType(UUID id, long version, int position, String texte) implements Versionne {

    public MotifType {
        Objects.requireNonNull(id, "id");
        texte = Textes.nonNul(texte);
    }
}
