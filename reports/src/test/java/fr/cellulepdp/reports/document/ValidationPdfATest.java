package fr.cellulepdp.reports.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** The validator the document tests rely on does refuse an ordinary PDF. */
class ValidationPdfATest {

    @Test
    void a_plain_pdf_with_a_font_not_embedded_and_no_metadata_is_refused() throws Exception {
        ByteArrayOutputStream sortie = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream flux = new PDPageContentStream(document, page)) {
                flux.beginText();
                flux.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                flux.showText("Bonjour");
                flux.endText();
            }
            document.save(sortie);
        }

        assertThat(ValidationPdfA.reglesEnfreintes(sortie.toByteArray())).isNotEmpty();
        assertThat(ValidationPdfA.reglesPdfUaEnfreintes(sortie.toByteArray())).contains("ua1 7.1-3 Content shall be marked as Artifact or tagged as real content");
    }
}
