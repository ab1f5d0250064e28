package fr.cellulepdp.app.importation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.importation.LigneImport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LecteurListeIj60Test {

    private static final String EN_TETE = "nir;nom;prenom;date_naissance;sexe;date_debut_arret;risque;employeur;siret;"
            + "email;telephone;adresse";
    private static final String LIGNE = "269054958815780;Lefèvre;Hélène;12/05/1969;2;01/08/2026;maladie;"
            + "Boulangerie Fictive;73282932000074;h@exemple.fr;;3 rue de l'Église, 58000 Nevers";

    private static byte[] utf8Bom(String texte) {
        byte[] corps = texte.getBytes(StandardCharsets.UTF_8);
        byte[] avecBom = new byte[corps.length + 3];
        avecBom[0] = (byte) 0xEF;
        avecBom[1] = (byte) 0xBB;
        avecBom[2] = (byte) 0xBF;
        System.arraycopy(corps, 0, avecBom, 3, corps.length);
        return avecBom;
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-8", "utf-8-bom", "windows-1252"})
    void reads_accents_whatever_the_encoding(String encodage) {
        String texte = EN_TETE + "\r\n" + LIGNE + "\r\n";
        byte[] octets = switch (encodage) {
            case "utf-8" -> texte.getBytes(StandardCharsets.UTF_8);
            case "utf-8-bom" -> utf8Bom(texte);
            default -> texte.getBytes(LecteurListeIj60.WINDOWS_1252);
        };

        List<LigneImport> lignes = LecteurListeIj60.lire(octets);

        assertThat(lignes).singleElement().satisfies(ligne -> {
            assertThat(ligne.numeroLigne()).isEqualTo(2);
            assertThat(ligne.valeur("nir")).isEqualTo("269054958815780");
            assertThat(ligne.valeur("nom")).isEqualTo("Lefèvre");
            assertThat(ligne.valeur("prenom")).isEqualTo("Hélène");
            assertThat(ligne.valeur("adresse")).isEqualTo("3 rue de l'Église, 58000 Nevers");
            assertThat(ligne.valeur("telephone")).isEmpty();
        });
    }

    @Test
    void reads_commas_quoted_fields_and_columns_in_any_order() {
        String texte = "Risque,NIR,Prénom,Nom,Date_Debut_Arret,adresse\n"
                + "at,185052A00412356,Jean,Martin,02/09/2026,\"5 place X, 58000 Nevers\"\n"
                + "\n"
                + "mp,269054958815780,Anne,Roy,03/09/2026,\n";

        List<LigneImport> lignes = LecteurListeIj60.lire(texte.getBytes(StandardCharsets.UTF_8));

        assertThat(lignes).hasSize(2);
        assertThat(lignes.get(0).valeur("risque")).isEqualTo("at");
        assertThat(lignes.get(0).valeur("prenom")).isEqualTo("Jean");
        assertThat(lignes.get(0).valeur("adresse")).isEqualTo("5 place X, 58000 Nevers");
        assertThat(lignes.get(0).valeur("email")).as("colonne absente").isEmpty();
        assertThat(lignes.get(1).numeroLigne()).as("numéro de ligne du fichier").isGreaterThan(2);
    }

    @Test
    void a_missing_mandatory_column_refuses_the_whole_file_naming_it() {
        assertThatThrownBy(() -> LecteurListeIj60.lire("nir;nom;prenom;risque\n1;2;3;4\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("date_debut_arret");
        assertThatThrownBy(() -> LecteurListeIj60.lire(new byte[0]))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("vide");
    }

    @Test
    void a_malformed_line_is_that_rows_error_and_the_header_names_its_duplicated_and_unknown_columns() {
        String texte = EN_TETE + ";Service;Commentaire\n"
                + LIGNE + ";a;b\n"
                + "185052A00412356;\"Martin;Jean;01/01/1985;1;02/09/2026;at;;;;;;;\n"
                + LIGNE + ";a;b;c;d\n"
                + LIGNE + "\n";

        LecteurListeIj60.Fichier lu = LecteurListeIj60.lireFichier(texte.getBytes(StandardCharsets.UTF_8));

        assertThat(lu.colonnesIgnorees()).containsExactly("commentaire", "service");
        assertThat(lu.lignes()).extracting(LigneImport::numeroLigne).containsExactly(2, 3, 4, 5);
        assertThat(lu.lignes().get(0).illisible()).isEmpty();
        assertThat(lu.lignes().get(0).designation("telephone")).isEqualTo("colonne « telephone » (n° 11)");
        assertThat(lu.lignes().get(1).illisible()).startsWith("guillemets non fermés");
        assertThat(lu.lignes().get(2).illisible()).isEqualTo("16 champs pour 14 colonnes dans l'en-tête (séparateur "
                + "« ; » en trop ?).");
        assertThat(lu.lignes().get(3).valeur("nom")).as("a short row: the missing columns read empty")
                .isEqualTo("Lefèvre");
        assertThatThrownBy(() -> LecteurListeIj60.lire((EN_TETE + ";NOM\n").getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("colonne(s) en double dans l'en-tête : nom");
    }

    @Test
    void json_report_escapes_strings() {
        assertThat(RapportImport.chaineJson("risque « x\" » \\ \n")).isEqualTo("\"risque « x\\\" » \\\\ \\n\"");
    }
}
