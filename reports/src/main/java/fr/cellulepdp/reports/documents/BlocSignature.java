package fr.cellulepdp.reports.documents;

import fr.cellulepdp.model.document.EmplacementSignature;
import fr.cellulepdp.reports.pdf.Composition;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The visible signature block: a frame with the signatory's name, function and date, where the signature goes. */
final class BlocSignature {

    private static final float LARGEUR = 250f;
    private static final float HAUTEUR = 52f;

    private BlocSignature() {
    }

    static EmplacementSignature dessiner(Composition page, String nom, String fonction, LocalDate date) {
        PDRectangle cadre = page.cadre(HAUTEUR, LARGEUR);
        int numero = page.pageCourante();
        page.dansCadre(cadre, List.of("Signé électroniquement par", nom, fonction, "le " + Redaction.date(date)));
        page.champSignature(cadre, nom);
        return new EmplacementSignature(numero, cadre.getLowerLeftX(), cadre.getLowerLeftY(), cadre.getWidth(),
                cadre.getHeight(), nom);
    }
}
