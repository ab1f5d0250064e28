package fr.cellulepdp.app.parametres;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.importation.TexteMiseADisposition;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paramètres › Courriers: the reminder setting, the offer letter's wording and whether adjournment letters give the
 * appeal route, through their view models.
 */
class ModeleRappelsTest {

    @TempDir
    Path dossier;

    private Services services;

    @BeforeEach
    void ouvrir() {
        services = Services.ouvrir(dossier.resolve("cellule"), Horloge.systeme());
        services.miseEnPlace().chargerDonneesDemo().executer(LocalDate.of(2026, 11, 23));
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void the_reminder_setting_is_off_by_default_saved_and_read_back() {
        ModeleRappels modele = new ModeleRappels(services.courriers().reglerRappels(), ExecuteurTaches.synchrone());
        modele.charger();
        assertThat(modele.actifsProperty().get()).isFalse();

        modele.actifsProperty().set(true);
        modele.joursAvantProperty().set(3);
        modele.heureProperty().set(7);
        modele.enregistrer();

        assertThat(modele.messageProperty().get()).contains("rappels activés", "3 jour(s)", "7 h");
        ModeleRappels relu = new ModeleRappels(services.courriers().reglerRappels(), ExecuteurTaches.synchrone());
        relu.charger();
        assertThat(relu.actifsProperty().get()).isTrue();
        assertThat(relu.joursAvantProperty().get()).isEqualTo(3);
        assertThat(relu.heureProperty().get()).isEqualTo(7);
    }

    @Test
    void a_referent_cannot_change_the_setting_nor_the_wording() {
        services.connecter(new Utilisateur(UUID.randomUUID(), "referent", Role.REFERENT_SOCIAL));
        ModeleRappels rappels = new ModeleRappels(services.courriers().reglerRappels(), ExecuteurTaches.synchrone());
        rappels.charger();
        rappels.actifsProperty().set(true);
        rappels.enregistrer();
        assertThat(rappels.messageProperty().get()).startsWith("Réglage refusé").contains("seule la coordinatrice");

        ModeleCourrierMiseADisposition courrier = new ModeleCourrierMiseADisposition(
                services.courriers().misesADisposition(), ExecuteurTaches.synchrone());
        courrier.charger();
        courrier.texteProperty().set("Autre texte");
        courrier.enregistrer();
        assertThat(courrier.messageProperty().get()).startsWith("Modèle refusé");
        assertThat(services.stockage().misesADisposition().modele()).isEmpty();
        assertThat(services.stockage().rappels().reglage()).isEmpty();
    }

    @Test
    void the_offer_letter_wording_shows_the_default_then_the_cells_and_refuses_an_unknown_field() {
        ModeleCourrierMiseADisposition modele = new ModeleCourrierMiseADisposition(
                services.courriers().misesADisposition(), ExecuteurTaches.synchrone());
        modele.charger();
        assertThat(modele.texteProperty().get()).isEqualTo(TexteMiseADisposition.PAR_DEFAUT);

        modele.texteProperty().set("Bonjour {{assure.date_naissance}}");
        modele.enregistrer();
        assertThat(modele.messageProperty().get()).startsWith("Modèle refusé").contains("{{assure.date_naissance}}");

        modele.texteProperty().set("Votre dossier {{situation.numero}}.");
        modele.enregistrer();
        assertThat(modele.messageProperty().get()).isEqualTo("Modèle enregistré.");
        ModeleCourrierMiseADisposition relu = new ModeleCourrierMiseADisposition(
                services.courriers().misesADisposition(), ExecuteurTaches.synchrone());
        relu.charger();
        assertThat(relu.texteProperty().get()).isEqualTo("Votre dossier {{situation.numero}}.");
    }

    @Test
    void the_adjournment_appeal_route_is_off_by_default_then_saved_and_read_back() {
        ModeleRecoursAjournement modele = new ModeleRecoursAjournement(services.miseEnPlace().parametrerRecoursSurAjournement(), ExecuteurTaches.synchrone());
        modele.charger();
        assertThat(modele.recoursProperty().get()).isFalse();

        modele.recoursProperty().set(true);
        modele.enregistrer();

        assertThat(modele.messageProperty().get())
                .isEqualTo("Réglage enregistré : les courriers d’ajournement donneront la voie de recours.");
        ModeleRecoursAjournement relu = new ModeleRecoursAjournement(services.miseEnPlace().parametrerRecoursSurAjournement(), ExecuteurTaches.synchrone());
        relu.charger();
        assertThat(relu.recoursProperty().get()).isTrue();
        assertThat(services.stockage().cellules().renseignee().recoursSurAjournement()).isTrue();
    }

    @Test
    void a_referent_cannot_turn_on_the_adjournment_appeal_route() {
        services.connecter(new Utilisateur(UUID.randomUUID(), "referent", Role.REFERENT_SOCIAL));
        ModeleRecoursAjournement modele = new ModeleRecoursAjournement(services.miseEnPlace().parametrerRecoursSurAjournement(), ExecuteurTaches.synchrone());
        modele.recoursProperty().set(true);
        modele.enregistrer();

        assertThat(modele.messageProperty().get()).startsWith("Réglage refusé").contains("seule la coordinatrice");
        assertThat(services.stockage().cellules().renseignee().recoursSurAjournement()).isFalse();
    }
}
