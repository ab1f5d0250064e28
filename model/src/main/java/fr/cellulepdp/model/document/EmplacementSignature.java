package fr.cellulepdp.model.document;

/**
 * Where a signature goes on a document: the frame drawn for it (page index from 0, lower left corner and size in
 * PDF points) and who signs there.
 */
public record EmplacementSignature(int page, float x, float y, float largeur, float hauteur, String signataire) {
}
