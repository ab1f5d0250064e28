package fr.cellulepdp.reports.redaction;

import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.pdf.Composition;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The place of a signature: a frame that reads « À signer : <fonction> » and the signatory expected there until
 * the signature itself draws « Signé électroniquement par … » in it (name, function and time of the signing).
 */
public final class BlocSignature {

    static final float LARGEUR = 250f;
    static final float HAUTEUR = 52f;

    private BlocSignature() {
    }

    public static EmplacementSignature dessiner(Composition page, String nom, String fonction) {
        PDRectangle cadre = page.cadre(HAUTEUR, LARGEUR);
        int numero = page.pageCourante();
        page.champSignature(cadre, nom, fonction, List.of("À signer : " + fonction, nom));
        return new EmplacementSignature(numero, cadre.getLowerLeftX(), cadre.getLowerLeftY(), cadre.getWidth(),
                cadre.getHeight(), nom);
    }
}
