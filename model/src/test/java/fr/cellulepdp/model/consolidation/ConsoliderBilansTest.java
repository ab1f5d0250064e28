package fr.cellulepdp.model.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.indicateur.SecretStatistique;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exports written, read back, checked and added up; tampered, mixed or overlapping exports refused. */
class ConsoliderBilansTest {

    private static final Periode ANNEE = Periode.annee(2026);

    @Test
    void chaque_total_est_la_somme_des_cellules_et_un_masque_reste_hors_du_total() {
        byte[] a = export("Cellule locale PDP 58", ANNEE, faits(20, 11, 9), Ed25519.nouvellePaire());
        byte[] b = export("Cellule PDP, Yonne", ANNEE, faits(7, 5, 2), Ed25519.nouvellePaire());
        Consolidation c = ConsoliderBilans.consolider(fichiers("a.csv", a, "b.csv", b));

        assertThat(c.cellules()).extracting(ExportBilan::cellule)
                .containsExactly("Cellule locale PDP 58", "Cellule PDP, Yonne");
        Consolidation.Ligne personnes = ligne(c, "P01");
        assertThat(personnes.parCellule()).extracting(r -> r.texte()).containsExactly("20", "7");
        assertThat(personnes.total().valeur()).isEqualTo(27.0);
        // the Yonne's 2 men are hidden, and its 5 women with them: the totals say « at least »
        assertThat(ligne(c, "P03").parCellule()).extracting(r -> r.texte()).containsExactly("9", "masqué");
        assertThat(ligne(c, "P03").total().texte()).isEqualTo("≥\u00a09");
        assertThat(ligne(c, "P02").total().texte()).isEqualTo("≥\u00a011");
        assertThat(ligne(c, "P04").total().texte()).isEqualTo("masqué");
        for (Consolidation.Ligne l : c.lignes()) {
            if (l.figure().formule() instanceof DefinitionsBilan.Somme && l.total().exact()) {
                assertThat(l.total().valeur()).as(l.figure().code())
                        .isEqualTo(l.parCellule().stream().mapToDouble(r -> r.valeur()).sum());
            }
        }
        assertThat(c.csv()).contains("P01;Personnes accompagnées;Personnes accompagnées individuellement;20;7;27;");
    }

    @Test
    void un_export_modifie_est_refuse_avec_un_message_clair() {
        byte[] a = export("Cellule locale PDP 58", ANNEE, faits(20, 11, 9), Ed25519.nouvellePaire());
        String texte = new String(a, StandardCharsets.UTF_8);
        byte[] modifie = texte.replace(",PERS,Personnes accompagnées,20,", ",PERS,Personnes accompagnées,40,")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(modifie).isNotEqualTo(a);
        assertThatThrownBy(() -> ConsoliderBilans.consolider(fichiers("a.csv", modifie)))
                .isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("export « a.csv » refusé : le contenu a été modifié après l'export");

        // the checksum recomputed by whoever changed it: the signature still gives it away
        String corps = new String(modifie, StandardCharsets.UTF_8);
        corps = corps.substring(0, corps.indexOf("Cellule locale PDP 58,2026-01-01,2026-12-31,"
                + DefinitionsBilan.VERSION + ",#sha256"));
        String resigne = new String(modifie, StandardCharsets.UTF_8).replaceAll(",#sha256,[0-9a-f]+,",
                ",#sha256," + fr.cellulepdp.model.commun.Empreintes.sha256(corps.getBytes(StandardCharsets.UTF_8)) + ",");
        assertThatThrownBy(() -> ConsoliderBilans.consolider(fichiers("a.csv",
                resigne.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("la signature ne correspond pas au contenu");
        assertThatThrownBy(() -> ConsoliderBilans.consolider(fichiers("vide.csv", new byte[0])))
                .hasMessageContaining("ce n'est pas un export de bilan");
    }

    @Test
    void deux_exports_d_une_meme_cellule_sur_des_periodes_qui_se_chevauchent_sont_refuses() {
        KeyPair cle = Ed25519.nouvellePaire();
        byte[] annee = export("Cellule locale PDP 58", ANNEE, faits(20, 11, 9), cle);
        byte[] semestre = export("Cellule locale PDP 58", new Periode(LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 12, 31)), faits(10, 5, 5), cle);
        byte[] anneeSuivante = export("Cellule locale PDP 58", Periode.annee(2027), faits(10, 5, 5), cle);
        assertThatThrownBy(() -> ConsoliderBilans.consolider(fichiers("2026.csv", annee, "s2.csv", semestre)))
                .hasMessageContaining("« s2.csv » et « 2026.csv » sont deux exports de « Cellule locale PDP 58 » "
                        + "dont les périodes se chevauchent");
        assertThat(ConsoliderBilans.consolider(fichiers("2026.csv", annee, "2027.csv", anneeSuivante)).periode())
                .isEqualTo(new Periode(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)));
    }

    @Test
    void une_autre_version_des_definitions_est_refusee() {
        KeyPair cle = Ed25519.nouvellePaire();
        String pub = Ed25519.publique(cle);
        ExportBilan autre = new ExportBilan("Cellule", ANNEE, "bilan-pdp-2019/1", faits(20, 11, 9), pub,
                FormatExport.empreinte(pub));
        byte[] fichier = FormatExport.ecrire(autre, t -> Ed25519.signer(cle.getPrivate(), t))
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ConsoliderBilans.consolider(fichiers("ancien.csv", fichier)))
                .hasMessageContaining("version des définitions « bilan-pdp-2019/1 »");
    }

    static FaitsBilan faits(long personnes, long femmes, long hommes) {
        Map<String, Long> v = new LinkedHashMap<>();
        DefinitionsBilan.faits().keySet().forEach(k -> v.put(k, 0L));
        v.put("PERS", personnes);
        v.put("PERS_FEMMES", femmes);
        v.put("PERS_HOMMES", hommes);
        v.put("PERS_AGE_46_55", personnes);
        v.put("SITUATIONS_ETUDIEES", personnes + 3);
        return SecretStatistique.masquer(new FaitsBilan(v, new HashSet<>(), Map.of()));
    }

    static byte[] export(String cellule, Periode periode, FaitsBilan faits, KeyPair cle) {
        String pub = Ed25519.publique(cle);
        return FormatExport.ecrire(new ExportBilan(cellule, periode, DefinitionsBilan.VERSION, faits, pub,
                FormatExport.empreinte(pub)), t -> Ed25519.signer(cle.getPrivate(), t)).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, byte[]> fichiers(Object... nomsEtContenus) {
        Map<String, byte[]> fichiers = new LinkedHashMap<>();
        for (int i = 0; i < nomsEtContenus.length; i += 2) {
            fichiers.put((String) nomsEtContenus[i], (byte[]) nomsEtContenus[i + 1]);
        }
        return fichiers;
    }

    private static Consolidation.Ligne ligne(Consolidation c, String code) {
        return c.lignes().stream().filter(l -> l.figure().code().equals(code)).findFirst().orElseThrow();
    }
}
