package fr.cellulepdp.model.notification;

/**
 * One e-mail as the sender hands it to the mail server: a letter attached (a PDF; none for the test e-mail), a
 * body that says nothing of health, and the letter's fixed Message-ID.
 */
public record CourrielSortant(String messageId, String destinataire, String objet, String corps, String nomPieceJointe,
                              byte[] pieceJointe) {

    @Override
    public String toString() {
        return "CourrielSortant[" + messageId + "]";
    }
}
