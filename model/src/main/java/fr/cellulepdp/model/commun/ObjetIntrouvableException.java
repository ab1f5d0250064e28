package fr.cellulepdp.model.commun;

import java.util.UUID;

/** Raised when an object asked for by id does not exist (deleted, or never saved). */
public class ObjetIntrouvableException extends RuntimeException {

    public ObjetIntrouvableException(String typeObjet, UUID id) {
        super("« " + typeObjet + " » introuvable (identifiant " + id + ").");
    }
}
