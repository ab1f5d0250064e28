package fr.cellulepdp.model.notification;

/**
 * One e-mail as the sender hands it to the mail server: a letter attached (a PDF; none for the test e-mail), a
 * body that says nothing of health, and the letter's fixed Message-ID. {@code autresPieces} are further files
 * after it (a convocation's calendar invitation and agenda).
 */
public record CourrielSortant(String messageId, String destinataire, String objet, String corps, String nomPieceJointe,
                              byte[] pieceJointe, java.util.List<PieceJointe> autresPieces) {

    public CourrielSortant {
        autresPieces = autresPieces == null ? java.util.List.of() : java.util.List.copyOf(autresPieces);
    }

    /** A letter's e-mail: one PDF at most. */
    public CourrielSortant(String messageId, String destinataire, String objet, String corps, String nomPieceJointe,
                           byte[] pieceJointe) {
        this(messageId, destinataire, objet, corps, nomPieceJointe, pieceJointe, java.util.List.of());
    }

    @Override
    public String toString() {
        return "CourrielSortant[" + messageId + "]";
    }
}
