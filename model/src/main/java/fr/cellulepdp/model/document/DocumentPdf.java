package fr.cellulepdp.model.document;

import java.util.List;

/** A generated PDF and the frames drawn for its signatures, in the order they are to be signed. */
public record DocumentPdf(byte[] contenu, List<EmplacementSignature> emplacements) {

    public DocumentPdf {
        emplacements = List.copyOf(emplacements);
    }
}
