package fr.cellulepdp.app.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.compte.ComptesDemo;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.FicheCellule;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.consolidation.Consolidation;
import fr.cellulepdp.model.indicateur.DefinitionsBilan;
import fr.cellulepdp.model.indicateur.FaitsBilan;
import fr.cellulepdp.model.indicateur.Indicateurs;
import fr.cellulepdp.model.situation.Assure;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Indicateurs page's view model, without a window: two demo cells with different data (loaded on different
 * days, one renamed) each export their 2026 facts; the consolidation adds them up, refuses a tampered export, and no
 * export holds a name, a NIR or free text of the demo.
 */
class ModeleIndicateursTest {

    @TempDir
    Path dossier;

    private final List<String> secrets = new ArrayList<>();

    @Test
    void deux_cellules_exportees_puis_consolidees_chaque_total_est_la_somme_des_deux() throws Exception {
        Cellule nievre = cellule("nievre", "2026-11-23T10:00:00Z", null);
        Cellule yonne = cellule("yonne", "2026-07-15T10:00:00Z", "Cellule locale PDP 89 (démonstration)");
        assertThat(nievre.faits.valeurs()).as("different data").isNotEqualTo(yonne.faits.valeurs());

        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(dossier.resolve("nievre/cellule"),
                Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")))) {
            ModeleIndicateurs modele = new ModeleIndicateurs(services.horloge(),
                    services.bilans().calculerIndicateurs(),
                    services.situations().listerSituations(), services.bilans().editerBilan(),
                    services.bilans().exporterBilan(), services.session(),
                    ExecuteurTaches.synchrone(), e -> {
                throw new AssertionError(e);
            });
            Path pdf = dossier.resolve("revue-consolidee.pdf");
            modele.consolider(List.of(nievre.export, yonne.export), pdf);
            assertThat(modele.etatProperty().get()).startsWith("Revue consolidée de 2 export(s) vérifié(s) écrite");
            assertThat(pdf).exists();
            assertThat(dossier.resolve("revue-consolidee.csv")).exists();
            Consolidation c = modele.consolidationProperty().get();
            assertThat(c.cellules()).extracting(e -> e.cellule())
                    .containsExactly("Cellule locale PDP 58", "Cellule locale PDP 89 (démonstration)");
            for (Consolidation.Ligne l : c.lignes()) {
                if (!(l.figure().formule() instanceof DefinitionsBilan.Somme)) {
                    continue;
                }
                // each total is the sum of the two cells' own published figures (a hidden one makes it « ≥ »)
                double somme = l.parCellule().stream().mapToDouble(r -> r.valeur()).sum();
                assertThat(l.total().valeur()).as(l.figure().code()).isEqualTo(somme);
                int masques = l.parCellule().stream().mapToInt(r -> r.masques()).sum();
                assertThat(l.total().masques()).as(l.figure().code()).isEqualTo(masques);
            }
            // and, where nothing is hidden, the sum of what each cell's page shows
            assertThat(ligne(c, "A01").total().valeur()).isEqualTo(
                    (double) (nievre.faits.valeur("SITUATIONS_ETUDIEES") + yonne.faits.valeur("SITUATIONS_ETUDIEES")));
            assertThat(ligne(c, "P01").total().valeur()).isEqualTo(
                    (double) (nievre.faits.valeur("PERS") + yonne.faits.valeur("PERS")));

            // a tampered export is refused, in French, naming the file
            String texte = Files.readString(yonne.export, StandardCharsets.UTF_8);
            Path modifie = dossier.resolve("yonne-modifie.csv");
            Files.writeString(modifie, texte.replaceFirst(",SITUATIONS_ETUDIEES,([^,]*),(\\d+),",
                    ",SITUATIONS_ETUDIEES,$1,999,"), StandardCharsets.UTF_8);
            modele.consolider(List.of(nievre.export, modifie), dossier.resolve("refus.pdf"));
            assertThat(modele.etatProperty().get()).contains("export « yonne-modifie.csv » refusé : le contenu a "
                    + "été modifié après l'export");
            assertThat(dossier.resolve("refus.pdf")).doesNotExist();
        }

        // no name, NIR, employer, address or free text of either demo cell in the exports
        assertThat(secrets).hasSizeGreaterThan(100);
        for (Path export : List.of(nievre.export, yonne.export)) {
            String contenu = Files.readString(export, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(contenu).as(export.getFileName() + " ne contient pas un secret de la démo")
                        .doesNotContainIgnoringCase(secret);
            }
        }
    }

    @Test
    void seule_la_coordinatrice_ecrit_l_export_signe() throws Exception {
        cellule("nievre", "2026-11-23T10:00:00Z", null);
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(dossier.resolve("nievre/cellule"),
                Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z")))) {
            var membre = services.stockage().membres().findAll().stream()
                    .filter(m -> m.role() == Role.REFERENT_SOCIAL).findFirst().orElseThrow();
            services.connecter(new Utilisateur(membre.id(), "referente", Role.REFERENT_SOCIAL));
            ModeleIndicateurs modele = new ModeleIndicateurs(services.horloge(),
                    services.bilans().calculerIndicateurs(),
                    services.situations().listerSituations(), services.bilans().editerBilan(),
                    services.bilans().exporterBilan(), services.session(),
                    ExecuteurTaches.synchrone(), e -> { });
            modele.calculer();
            assertThat(modele.calculesProperty().get()).isTrue();
            assertThat(modele.exportableProperty().get()).isFalse();
            Path export = dossier.resolve("refuse.csv");
            modele.exporterPourConsolidation(export);
            assertThat(modele.etatProperty().get()).contains("seule la coordinatrice exporte les chiffres");
            assertThat(export).doesNotExist();
        }
    }

    private record Cellule(Path export, FaitsBilan faits) {
    }

    /** A demo cell loaded on {@code jour}, renamed if asked, whose coordinatrice exports 2026 from the page. */
    private Cellule cellule(String nom, String jour, String nouveauNom) throws Exception {
        Path base = dossier.resolve(nom).resolve("cellule");
        Horloge horloge = Horloge.fixe(Instant.parse(jour));
        try (Services services = Services.ouvrir(base, horloge)) {
            services.miseEnPlace().chargementDemo().charger();
        }
        try (Services services = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(base, horloge)) {
            if (nouveauNom != null) {
                var c = services.cellule().orElseThrow();
                FicheCellule f = c.fiche();
                services.miseEnPlace().parametrerCellule().enregistrer(new FicheCellule(nouveauNom, f.cpam(),
                        f.adresse(), f.telephone(), f.email(), f.villeSignature(), f.signatairePrenom(),
                        f.signataireNom(), f.signataireFonction(), f.signataireDelegation()), c.version());
            }
            for (Assure a : services.stockage().assures().findAll()) {
                secrets.add(a.nir().valeur());
                secrets.add(a.nir().corps());
                secrets.add(a.nom());
                if (a.employeur() != null && !a.employeur().nom().isBlank()) {
                    secrets.add(a.employeur().nom());
                }
                if (a.adresse() != null && !a.adresse().ligne1().isBlank()) {
                    secrets.add(a.adresse().ligne1());
                }
            }
            services.stockage().situations().findAll().stream().map(s -> s.notesSociales())
                    .filter(n -> n.length() > 12).forEach(n -> secrets.add(n.substring(0, 12)));
            ModeleIndicateurs modele = new ModeleIndicateurs(services.horloge(),
                    services.bilans().calculerIndicateurs(),
                    services.situations().listerSituations(), services.bilans().editerBilan(),
                    services.bilans().exporterBilan(), services.session(),
                    ExecuteurTaches.synchrone(), e -> {
                throw new AssertionError(e);
            });
            modele.duProperty().set(LocalDate.of(2026, 1, 1));
            modele.auProperty().set(LocalDate.of(2026, 12, 31));
            modele.calculer();
            Indicateurs ind = modele.indicateursProperty().get();
            assertThat(modele.exportableProperty().get()).isTrue();
            Path export = dossier.resolve("export-" + nom + ".csv");
            modele.exporterPourConsolidation(export);
            assertThat(modele.etatProperty().get()).startsWith("Export anonyme et signé écrit");
            return new Cellule(export, ind.bilan().actuels());
        }
    }

    private static Consolidation.Ligne ligne(Consolidation c, String code) {
        return c.lignes().stream().filter(l -> l.figure().code().equals(code)).findFirst().orElseThrow();
    }
}
