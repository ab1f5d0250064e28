package fr.cellulepdp.reports.indicateur;

import fr.cellulepdp.reports.document.GenerateurPdf;
import fr.cellulepdp.reports.document.GenerateurPdfTest;
import fr.cellulepdp.reports.document.ValidationPdfA;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.consolidation.ConsoliderBilans;
import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.consolidation.ExportBilan;
import fr.cellulepdp.model.consolidation.FormatExport;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.SecretStatistique;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The consolidated review: PDF/A, a column per cell and the total, charts, definitions and the missing figures. */
class RevueConsolideePdfTest {

    @Test
    void deux_cellules_cote_a_cote_avec_le_total() throws Exception {
        Map<String, byte[]> fichiers = new LinkedHashMap<>();
        fichiers.put("nievre.csv", export("Cellule locale PDP 58", Map.of("PERS", 40L, "PERS_FEMMES", 22L,
                "PERS_HOMMES", 18L, "PERS_AGE_46_55", 25L, "PERS_AGE_26_45", 15L, "SITUATIONS_ETUDIEES", 31L)));
        fichiers.put("yonne.csv", export("Cellule locale PDP 89", Map.of("PERS", 25L, "PERS_FEMMES", 13L,
                "PERS_HOMMES", 12L, "PERS_AGE_46_55", 22L, "PERS_AGE_60_63", 3L, "SITUATIONS_ETUDIEES", 17L)));
        Consolidation c = ConsoliderBilans.consolider(fichiers);
        DocumentPdf pdf = new GenerateurPdf().revue(c, LocalDate.of(2027, 1, 15));
        GenerateurPdfTest.garder("revue-consolidee.pdf", pdf.contenu());

        assertThat(ValidationPdfA.reglesEnfreintes(pdf.contenu())).isEmpty();
        assertThat(ValidationPdfA.reglesPdfUaEnfreintes(pdf.contenu())).as("PDF/UA-1").isEmpty();
        String texte = GenerateurPdfTest.texte(pdf.contenu());
        assertThat(texte).contains("Revue consolidée de 2 cellules PDP", "Cellule locale PDP 58",
                "Cellule locale PDP 89", "Total", "40 25 65",
                "Situations étudiées en cellule 31 17 48", "masqué", "Définitions retenues",
                "Actes professionnels du service social", DefinitionsBilan.VERSION);
    }

    private static byte[] export(String cellule, Map<String, Long> donnes) {
        Map<String, Long> valeurs = new LinkedHashMap<>();
        DefinitionsBilan.faits().keySet().forEach(k -> valeurs.put(k, donnes.getOrDefault(k, 0L)));
        FaitsBilan faits = SecretStatistique.masquer(new FaitsBilan(valeurs, java.util.Set.of(), Map.of()));
        KeyPair cle = Ed25519.nouvellePaire();
        String pub = Ed25519.publique(cle);
        return FormatExport.ecrire(new ExportBilan(cellule, Periode.annee(2026), DefinitionsBilan.VERSION, faits, pub,
                FormatExport.empreinte(pub)), t -> Ed25519.signer(cle.getPrivate(), t)).getBytes(StandardCharsets.UTF_8);
    }
}
