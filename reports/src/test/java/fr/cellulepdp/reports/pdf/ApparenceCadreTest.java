package fr.cellulepdp.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/** A signature frame's text stays inside the frame, whatever the length of a function or a name. */
class ApparenceCadreTest {

    private static final float LARGEUR = 250f - 8f;
    private static final float HAUTEUR = 52f - 4f;

    @Test
    void a_long_function_is_wrapped_within_the_frame_with_every_word_kept() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font police = Composition.policeReguliere(document);
            List<String> lignes = List.of("À signer : Présidence de séance — Responsable du service social",
                    "Marie-Christine Delacour-Vasseur");

            ApparenceCadre.Ajustement ajuste = ApparenceCadre.ajuster(police, lignes, LARGEUR, HAUTEUR);

            for (String ligne : ajuste.lignes()) {
                assertThat(police.getStringWidth(ligne) / 1000 * ajuste.taille()).isLessThanOrEqualTo(LARGEUR);
            }
            assertThat(String.join(" ", ajuste.lignes())).isEqualTo(String.join(" ", lignes));
            float bas = HAUTEUR - ajuste.taille() - (ajuste.lignes().size() - 1) * ajuste.taille() * 1.35f;
            assertThat(bas).isGreaterThanOrEqualTo(0f);
        }
    }

    @Test
    void short_lines_keep_the_usual_size_and_are_not_split() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDType0Font police = Composition.policeReguliere(document);
            List<String> lignes = List.of("À signer : Secrétaire de séance", "Julien Perrot");

            ApparenceCadre.Ajustement ajuste = ApparenceCadre.ajuster(police, lignes, LARGEUR, HAUTEUR);

            assertThat(ajuste.taille()).isEqualTo(8f);
            assertThat(ajuste.lignes()).isEqualTo(lignes);
        }
    }
}
