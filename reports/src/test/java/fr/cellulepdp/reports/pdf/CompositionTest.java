package fr.cellulepdp.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The layout's page breaks around headings. */
class CompositionTest {

    @Test
    void a_heading_with_no_room_for_the_table_after_it_goes_onto_the_next_page_with_it() throws Exception {
        byte[] pdf;
        try (Composition page = new Composition()) {
            while (page.positionVerticale() > 200) {
                page.paragraphe("Ligne de remplissage", Composition.Style.NORMAL);
            }
            // room for the heading alone, not for the heading and the table's header row and first row
            page.espace(page.positionVerticale() - 112);
            page.sousTitre("Titre de la section");
            page.tableau(List.of("Colonne A", "Colonne B"), new float[] {1, 1}, List.of(List.of("1", "2")));
            pdf = page.terminer(new Metadonnees("Essai", "Cellule", "Mise en page"), "essai");
        }

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(texte(document, 1)).doesNotContain("Titre de la section");
            assertThat(texte(document, 2)).contains("Titre de la section\nColonne A");
        }
    }

    private static String texte(PDDocument document, int page) throws Exception {
        PDFTextStripper extraction = new PDFTextStripper();
        extraction.setStartPage(page);
        extraction.setEndPage(page);
        return extraction.getText(document);
    }
}
