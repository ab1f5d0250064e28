package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.cellule.CelluleVide;
import fr.cellulepdp.app.document.ReglagesHorodatage;
import fr.cellulepdp.app.document.ServeurHorodatageDeTest;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paramètres › Horodatage without a window: the authority saved (its password encrypted, never shown again, kept
 * when left empty), tried against a real RFC 3161 server on 127.0.0.1, refused with the field named when the address
 * is not http(s), and for the coordinatrice only.
 */
class ModeleHorodatageTest {

    @TempDir
    Path dossier;

    private Services services;
    private ModeleHorodatage modele;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        modele = new ModeleHorodatage(services.documents().parametrerHorodatage(), ExecuteurTaches.synchrone());
        modele.charger();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void an_authority_with_an_account_is_saved_tried_and_its_password_kept_when_left_empty() throws Exception {
        String autorisation = "Basic " + Base64.getEncoder().encodeToString("cellule:mdp-tsa"
                .getBytes(StandardCharsets.UTF_8));
        try (ServeurHorodatageDeTest tsa = new ServeurHorodatageDeTest(autorisation)) {
            assertThat(modele.etatProperty().get()).contains("PAdES B-B");
            modele.urlProperty().set(tsa.adresse().toString());
            modele.utilisateurProperty().set("cellule");
            modele.motDePasseProperty().set("mdp-tsa");
            modele.enregistrer();

            assertThat(modele.message()).isEqualTo("Serveur d'horodatage enregistré.");
            assertThat(modele.motDePasseProperty().get()).as("never shown again").isEmpty();
            assertThat(modele.etatProperty().get()).contains("PAdES B-T", tsa.adresse().toString(), "« cellule »");
            String fichier = Files.readString(services.dossierDonnees().resolve("horodatage.properties"));
            assertThat(fichier).doesNotContain("mdp-tsa");

            modele.essayer();
            assertThat(modele.message()).contains("jeton d'horodatage valide");
            assertThat(tsa.jetonsDelivres()).isEqualTo(1);

            // saved again with the password left empty: the one saved stays, the server still answers
            modele.enregistrer();
            modele.essayer();
            assertThat(tsa.jetonsDelivres()).isEqualTo(2);

            modele.utilisateurProperty().set("autre");
            modele.enregistrer();
            modele.essayer();
            assertThat(modele.enErreurProperty().get()).isTrue();
            assertThat(modele.message()).contains("n'a pas donné de jeton");
        }
        assertThat(services.stockage().journalAudit().findAll()).filteredOn(e -> e.action()
                .equals("HORODATAGE_PARAMETRE")).hasSize(3);
    }

    @Test
    void an_address_that_is_not_http_is_refused_on_its_field_and_an_empty_one_stops_time_stamping() {
        modele.urlProperty().set("ftp://horodatage.exemple.fr");
        modele.enregistrer();
        assertThat(modele.probleme(ModeleHorodatage.URL)).contains("n'est pas une adresse http:// ou https://");
        assertThat(ReglagesHorodatage.lire(services.dossierDonnees()).actif()).isFalse();

        modele.urlProperty().set("https://horodatage.exemple.fr/tsa");
        modele.enregistrer();
        assertThat(ReglagesHorodatage.lire(services.dossierDonnees()).url()).isEqualTo(
                "https://horodatage.exemple.fr/tsa");
        modele.urlProperty().set("");
        modele.enregistrer();
        assertThat(modele.message()).isEqualTo("Horodatage arrêté.");
        assertThat(ReglagesHorodatage.lire(services.dossierDonnees()).actif()).isFalse();
    }

    @Test
    void nobody_but_the_coordinatrice_reads_or_sets_the_authority() {
        services.connecter(new Utilisateur(null, "referente", Role.REFERENT_SOCIAL));
        modele.urlProperty().set("https://horodatage.exemple.fr/tsa");
        modele.enregistrer();
        assertThat(modele.message()).contains("seule la coordinatrice");
        assertThat(ReglagesHorodatage.lire(services.dossierDonnees()).actif()).isFalse();
    }
}
