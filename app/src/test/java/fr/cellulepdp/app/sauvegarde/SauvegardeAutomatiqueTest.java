package fr.cellulepdp.app.sauvegarde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The automatic backup on a real H2 file database with the demo cell: folder, last N kept, restorable files. */
class SauvegardeAutomatiqueTest {

    @TempDir
    Path dossier;

    private final AtomicReference<Instant> maintenant = new AtomicReference<>(Instant.parse("2026-11-23T09:00:00Z"));

    @Test
    void backups_go_to_the_chosen_folder_the_last_n_are_kept_and_each_one_restores() throws Exception {
        Path cle = Files.createDirectories(dossier.resolve("cle-usb"));
        Path autreFichier = Files.writeString(cle.resolve("notes.txt"), "à garder");
        List<Instant> vues = new ArrayList<>();
        try (Services services = DemoPreparee.ouvrir(maintenant.get(), dossier.resolve("donnees"), maintenant::get)) {
            SauvegardeAutomatique sauvegarde = services.sauvegardes().sauvegardeAutomatique(vues::add);
            assertThat(sauvegarde.sauvegarderMaintenant()).as("non réglée").isEmpty();

            ReglagesSauvegarde.saisis(cle.toString(), "60", "3", "Sauvegarde-Cle-2026!".toCharArray(),
                    "Sauvegarde-Cle-2026!".toCharArray(), sauvegarde.reglages(), services.coffre())
                    .ecrire(services.dossierDonnees());
            assertThat(sauvegarde.reglages().due(maintenant.get())).as("jamais faite").isTrue();
            for (int i = 0; i < 5; i++) {
                sauvegarde.sauvegarderMaintenant();
                assertThat(sauvegarde.reglages().due(maintenant.get())).isFalse();
                maintenant.set(maintenant.get().plusSeconds(3600));
                assertThat(sauvegarde.reglages().due(maintenant.get())).as("une heure après").isTrue();
            }
            assertThat(vues).hasSize(5);
            assertThat(sauvegarde.reglages().derniere()).isEqualTo(Instant.parse("2026-11-23T13:00:00Z"));
            // the password is not in the settings file in clear
            assertThat(Files.readString(services.dossierDonnees().resolve(ReglagesSauvegarde.FICHIER)))
                    .doesNotContain("Sauvegarde-Cle-2026!");
        }
        List<String> restantes;
        try (Stream<Path> fichiers = Files.list(cle)) {
            restantes = fichiers.map(f -> f.getFileName().toString()).sorted().toList();
        }
        // Paris time: 12:00, 13:00 and 14:00 are the three most recent of five
        assertThat(restantes).containsExactly("cellule-pdp-20261123-120000.sauvegarde",
                "cellule-pdp-20261123-130000.sauvegarde", "cellule-pdp-20261123-140000.sauvegarde", "notes.txt");
        assertThat(autreFichier).exists();

        Path restauree = dossier.resolve("restauree/cellule");
        Sauvegarde.restaurer(restauree, cle.resolve("cellule-pdp-20261123-120000.sauvegarde"),
                "Sauvegarde-Cle-2026!".toCharArray());
        try (Services base = fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(restauree,
                maintenant::get)) {
            assertThat(base.stockage().assures().count()).isEqualTo(60);
        }
    }

    @Test
    void a_missing_folder_is_reported_and_settings_with_problems_are_refused_naming_each_field() {
        try (Services services = Services.ouvrir(dossier.resolve("donnees/cellule"), maintenant::get)) {
            SauvegardeAutomatique sauvegarde = services.sauvegardes().sauvegardeAutomatique(i -> { });
            assertThatThrownBy(() -> ReglagesSauvegarde.saisis("", "x", "0", "court".toCharArray(),
                    "court".toCharArray(), sauvegarde.reglages(), services.coffre()))
                    .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                            .extracting(Probleme::champ).containsExactly("dossier", "intervalle", "conserver",
                                    "mot de passe"));
            assertThatThrownBy(() -> ReglagesSauvegarde.saisis(dossier.toString(), "0", "5",
                    "Sauvegarde-Cle-2026!".toCharArray(), "Sauvegarde-Cle-2027!".toCharArray(), sauvegarde.reglages(),
                    services.coffre()))
                    .hasMessageContaining("la confirmation ne correspond pas");
            assertThat(sauvegarde.reglages().active()).isFalse();

            ReglagesSauvegarde.saisis(dossier.resolve("debranchee").toString(), "0", "5",
                    "Sauvegarde-Cle-2026!".toCharArray(), "Sauvegarde-Cle-2026!".toCharArray(), sauvegarde.reglages(),
                    services.coffre()).ecrire(services.dossierDonnees());
            assertThat(sauvegarde.reglages().due(maintenant.get())).as("0 : à la fermeture seulement").isFalse();
            assertThatThrownBy(sauvegarde::sauvegarderMaintenant).hasMessageContaining("est introuvable");
            assertThat(sauvegarde.reglages().derniere()).isNull();
        }
    }
}
