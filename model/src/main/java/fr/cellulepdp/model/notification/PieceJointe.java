package fr.cellulepdp.model.notification;

import java.util.Objects;

/** A file attached to an e-mail: its name, its MIME type (e.g. {@code text/calendar; method=REQUEST}) and bytes. */
public record PieceJointe(String nom, String type, byte[] contenu) {

    public PieceJointe {
        Objects.requireNonNull(nom, "nom");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contenu, "contenu");
    }

    @Override
    public String toString() {
        return "PieceJointe[" + nom + ", " + type + ", " + contenu.length + " octets]";
    }
}
