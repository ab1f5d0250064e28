package fr.cellulepdp.model.commun;

import java.util.UUID;

/** Raised when an object was changed by someone else since it was read: nothing was overwritten. */
public class ConflitDeModificationException extends RuntimeException {

    private final String typeObjet;
    private final UUID id;

    public ConflitDeModificationException(String typeObjet, UUID id) {
        super("« " + typeObjet + " » a été modifié(e) entre-temps par une autre saisie : "
                + "rechargez-le pour voir la version actuelle, puis refaites votre modification.");
        this.typeObjet = typeObjet;
        this.id = id;
    }

    public String typeObjet() {
        return typeObjet;
    }

    public UUID id() {
        return id;
    }
}
