package fr.cellulepdp.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.persistence.base.AccesBase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Passwords refused on the encrypted file reach the audit trail: while refused the database stays shut, so the key
 * ring keeps them, and the next login writes them in the trail, once.
 */
class RefusJournalisesTest {

    private static final char[] MOT_DE_PASSE = "Cellule-Essai-2026!".toCharArray();

    @TempDir
    Path dossier;

    @Test
    void refused_tries_on_the_encrypted_file_are_written_in_the_trail_at_the_next_login() {
        Path base = dossier.resolve("cellule");
        try (Services services = Services.ouvrir(base, Horloge.systeme())) {
            services.miseEnPlace().gererComptes().creerPremier("claire.essai", null, MOT_DE_PASSE, MOT_DE_PASSE);
        }
        AccesBase acces = AccesBase.fichier(base);
        assertThat(acces.verrouillee()).isTrue();
        for (String[] essai : new String[][] {{"claire.essai", "mauvais"}, {"claire.essai", "autre"},
                {"intrus", "x"}}) {
            assertThatThrownBy(() -> Services.ouvrir(acces, Horloge.systeme(), essai[0], essai[1].toCharArray()))
                    .hasMessageContaining("identifiant ou mot de passe incorrect");
        }

        List<EvenementAudit> refus;
        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "claire.essai", MOT_DE_PASSE)) {
            refus = services.stockage().journalAudit().findAll().stream()
                    .filter(e -> e.action().equals("CONNEXION_REFUSEE")).toList();
        }
        assertThat(refus).extracting(EvenementAudit::acteur).containsExactly("claire.essai", "identifiant inconnu");
        assertThat(refus.get(0).details()).startsWith("2 mot(s) de passe refusé(s) sur le fichier chiffré");
        assertThat(refus.get(1).details()).startsWith("1 tentative(s) avec un identifiant inconnu");
        assertThat(String.join(" ", refus.stream().map(EvenementAudit::details).toList())).doesNotContain("intrus");

        try (Services services = Services.ouvrir(acces, Horloge.systeme(), "claire.essai", MOT_DE_PASSE)) {
            assertThat(services.stockage().journalAudit().findAll()).as("recorded once")
                    .filteredOn(e -> e.action().equals("CONNEXION_REFUSEE")).hasSize(2);
        }
    }

    @Test
    void a_partner_s_password_opens_no_encrypted_file_but_the_internal_members_do() {
        Path base = dossier.resolve("partenaire/cellule");
        try (Services services = Services.ouvrir(base, Horloge.systeme())) {
            var premier = services.miseEnPlace().gererComptes().creerPremier("claire.essai", null, MOT_DE_PASSE,
                    MOT_DE_PASSE);
            var coordinatrice = premier.utilisateur();
            services.connecter(coordinatrice);
            var membres = services.miseEnPlace().gererMembres();
            var partenaire = membres.ajouter(new fr.cellulepdp.model.cellule.FicheMembre("", "Paul",
                    "Vernier", "Médecin du travail", "SPSTI", fr.cellulepdp.model.cellule.Role.PARTENAIRE, "", false,
                    fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL));
            var sociale = membres.ajouter(new fr.cellulepdp.model.cellule.FicheMembre("", "Sophie",
                    "Garnier", "ASS", "CPAM", fr.cellulepdp.model.cellule.Role.REFERENT_SOCIAL, "", false));
            char[] mdp = "Partenaire-Essai-2026!".toCharArray();
            services.miseEnPlace().gererComptes().creer("paul.vernier", partenaire.id(),
                    fr.cellulepdp.model.cellule.Role.PARTENAIRE, mdp, mdp);
            services.miseEnPlace().gererComptes().creer("sophie.garnier", sociale.id(),
                    fr.cellulepdp.model.cellule.Role.REFERENT_SOCIAL, mdp, mdp);
            assertThat(services.miseEnPlace().gererComptes().sansAccesALaBase()).containsExactly("paul.vernier");
        }
        AccesBase acces = AccesBase.fichier(base);
        // the key ring itself holds nothing for the partner: his password unwraps no key
        assertThatThrownBy(() -> acces.ouvrir("paul.vernier", "Partenaire-Essai-2026!".toCharArray(),
                java.time.Instant.now())).hasMessageContaining("identifiant ou mot de passe incorrect");
        try (var ouverte = acces.ouvrir("sophie.garnier", "Partenaire-Essai-2026!".toCharArray(),
                java.time.Instant.now())) {
            assertThat(ouverte.comptes().count()).isEqualTo(3);
        }
    }
}
