package fr.cellulepdp.persistence.demo;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.demo.DonneesDemo;
import fr.cellulepdp.model.demo.JeuDemo;
import fr.cellulepdp.model.demo.ResumeDemo;
import fr.cellulepdp.model.mesure.TypeMesure;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo cell loaded into a real database (H2 file, or PostgreSQL on its run) and found whole after reopening; the
 * demo and catalogue rules are tested on the in-memory store (model's ChargerDonneesDemoTest).
 */
class ChargerDonneesDemoTest {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dossier;

    @Test
    void loads_the_whole_demo_cell_and_finds_it_again_after_reopening() {
        JeuDemo attendu = DonneesDemo.generer(REFERENCE);
        ResumeDemo resume;
        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("demo"))) {
            resume = new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(REFERENCE);
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("demo"))) {
            assertThat(base.assures().count()).isEqualTo(resume.assures()).isEqualTo(60);
            assertThat(base.situations().count()).isEqualTo(attendu.situations().size());
            assertThat(base.demandes().count()).isEqualTo(attendu.demandes().size());
            assertThat(base.seances().findAll()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version")
                    .containsExactlyElementsOf(attendu.seances());
            assertThat(base.decisions().count()).isEqualTo(attendu.decisions().size());
            assertThat(base.suivis().count()).isEqualTo(attendu.suivis().size());
            assertThat(base.catalogueMesures().findAll()).hasSize(TypeMesure.values().length);
            assertThat(resume.enFrancais()).startsWith("Données de démonstration chargées : 7 membres, 60 personnes");
        }
    }
}
