package fr.cellulepdp.app.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.app.document.CertificatChoisi;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.document.DepotVerifie;
import fr.cellulepdp.app.support.DemoPreparee;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.RemettreCodePersonnel;
import fr.cellulepdp.model.notification.RemettreCodePersonnel.Remise;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.situation.Assure;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The personal code given on paper outside a decision letter: with the consent receipt, or a new one when the
 * person lost theirs. Given at once (in person or posted that day), so the person's next letters go by e-mail and
 * open with it; the receipt the cell files never shows the code; nobody but the coordinatrice gives one.
 */
class RemiseCodePersonnelTest {

    @TempDir
    Path dossier;

    private Services services;
    private Seance seance;
    private Assure personne;
    private String numero;

    @BeforeEach
    void preparer() {
        Instant maintenant = Instant.parse("2026-11-23T10:00:00Z");
        services = DemoPreparee.ouvrir(maintenant, dossier, () -> maintenant);
        seance = services.documents().genererDocuments().trouver(null);
        DossierSeance.Point point = pointAvecCourrier(services.seances().consulterSeance().consulter(seance.id()));
        personne = point.assure();
        numero = point.situation().numeroDossier();
    }

    /** The first item whose person has an e-mail address and a decision that gets a letter (not a followed one). */
    static DossierSeance.Point pointAvecCourrier(DossierSeance dossier) {
        return dossier.points().stream().filter(p -> !p.assure().email().isEmpty())
                .filter(p -> dossier.decisions().stream().anyMatch(d -> d.issue().estUneDecision()
                        && p.demandes().stream().anyMatch(x -> x.id().equals(d.demandeId()))))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    private RemettreCodePersonnel.Resultat remettre(boolean nouveau, Remise remise, Path fichier) {
        return services.courriers().remettreCodePersonnel().remettre(numero, nouveau, remise,
                new DepotVerifie(fichier));
    }

    private CodeCourriel code() {
        return services.stockage().codesCourriel().findByAssure(personne.id()).orElseThrow();
    }

    private static List<String> pages(Path pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper texte = new PDFTextStripper();
            texte.setStartPage(1);
            texte.setEndPage(1);
            String premiere = texte.getText(document);
            texte.setStartPage(2);
            texte.setEndPage(document.getNumberOfPages());
            // one line per paragraph whatever the wrapping
            return List.of(premiere.replaceAll("[\\s\\u00a0\\u202f]+", " "), texte.getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " "));
        }
    }

    private void produire() {
        var cellule = services.cellule().orElseThrow();
        services.documents().genererDocuments().generer(seance.id(), Optional.of(CertificatChoisi.lire(
                Path.of(cellule.certificatSignature()), CertificatDemo.MOT_DE_PASSE.toCharArray(), cellule,
                services.dossierDonnees())), (faits, total) -> { });
    }

    private Notification lettreALaPersonne() {

        return services.stockage().notifications().findAll().stream()
                .filter(n -> n.destinataire() == Destinataire.ASSURE && n.adresse().equals(personne.email()))
                .findFirst().orElseThrow();
    }

    @Test
    void a_lost_code_is_replaced_by_a_new_one_given_in_person_with_a_receipt_that_does_not_show_it()
            throws Exception {
        CodeCourriel ancien = code();
        Path fichier = dossier.resolve("code.pdf");

        RemettreCodePersonnel.Resultat resultat = remettre(true, Remise.EN_MAIN_PROPRE, fichier);

        CodeCourriel nouveau = code();
        assertThat(resultat.nouveauCode()).isTrue();
        assertThat(nouveau.code()).isNotEqualTo(ancien.code()).matches("[" + CodeCourriel.ALPHABET + "-]{14}");
        assertThat(nouveau.id()).as("one code per person").isEqualTo(ancien.id());
        assertThat(nouveau.remisPar()).isEqualTo("remis en main propre le 23/11/2026");
        List<String> pages = pages(fichier);
        assertThat(pages.get(0)).contains("Votre code personnel", nouveau.code(), personne.email(),
                "Ce code remplace le précédent").doesNotContain(ancien.code());
        assertThat(pages.get(1)).contains("Récépissé à remettre à la cellule", "en main propre le 23 novembre 2026",
                personne.email(), "retirer ce consentement").doesNotContain(nouveau.code());
        assertThat(services.stockage().journalAudit().findAll()).filteredOn(e -> e.action()
                .equals("CODE_PERSONNEL_NOUVEAU")).singleElement().satisfies(e -> assertThat(e.details())
                .doesNotContain(nouveau.code()).doesNotContain(ancien.code()));
    }

    @Test
    void a_first_code_posted_the_same_day_sends_the_next_letter_by_email_opening_with_it_only() throws Exception {
        services.stockage().codesCourriel().supprimerPourAssure(personne.id());

        RemettreCodePersonnel.Resultat resultat = remettre(false, Remise.PAR_COURRIER, dossier.resolve("code.pdf"));
        produire();

        assertThat(resultat.remisPar()).isEqualTo("par courrier postal du 23/11/2026");
        assertThat(pages(dossier.resolve("code.pdf")).get(1)).contains("Récépissé à renvoyer signé à la cellule");
        Notification lettre = lettreALaPersonne();
        assertThat(lettre.canal()).as("the code is given: no letter posted to give it").isEqualTo(CanalEnvoi.EMAIL);
        byte[] copie = services.stockage().notifications().pdf(lettre.id()).orElseThrow();
        assertThatThrownBy(() -> Loader.loadPDF(copie).close()).isInstanceOf(InvalidPasswordException.class);
        try (var document = Loader.loadPDF(copie, code().code())) {
            assertThat(new PDFTextStripper().getText(document)).doesNotContain(code().code());
        }
    }

    @Test
    void renewing_while_letters_wait_in_the_outbox_says_so_and_producing_again_encrypts_them_with_the_new_code()
            throws Exception {
        int port;
        try (var libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        services.courriers().parametrerSmtp().enregistrer("localhost", port, SecuriteSmtp.AUCUNE,
                "caisse58@exemple.fr", "secret".toCharArray(), "caisse58@exemple.fr", "CPAM de la Nièvre");
        produire();
        String ancien = code().code();

        RemettreCodePersonnel.Resultat resultat = remettre(true, Remise.EN_MAIN_PROPRE, dossier.resolve("code.pdf"));

        assertThat(resultat.enAttente()).isPositive();
        produire();
        byte[] copie = services.stockage().notifications().pdf(lettreALaPersonne().id()).orElseThrow();
        assertThatThrownBy(() -> Loader.loadPDF(copie, ancien).close()).isInstanceOf(InvalidPasswordException.class);
        Loader.loadPDF(copie, code().code()).close();
    }

    @Test
    void nobody_but_the_coordinatrice_gives_a_code_and_a_refusal_writes_nothing() throws Exception {
        CodeCourriel avant = code();
        Path fichier = dossier.resolve("code.pdf");
        Utilisateur coordinatrice = services.utilisateur();
        for (Role role : List.of(Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL, Role.PARTENAIRE)) {
            services.connecter(new Utilisateur(null, "x", role));
            assertThatThrownBy(() -> services.courriers().remettreCodePersonnel().remettre(numero, true,
                    Remise.EN_MAIN_PROPRE,
                    new DepotVerifie(fichier)))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        }
        services.connecter(coordinatrice);
        assertThatThrownBy(() -> services.courriers().remettreCodePersonnel().remettre("PDP-2026-9999",
                true, Remise.EN_MAIN_PROPRE, new DepotVerifie(fichier))).hasMessageContaining("PDP-2026-9999");
        Assure sansCourriel = services.stockage().assures().findAll().stream().filter(a -> a.email().isEmpty())
                .findFirst().orElseThrow();
        assertThatThrownBy(() -> services.courriers().remettreCodePersonnel().remettre(sansCourriel.id(), false,
                Remise.EN_MAIN_PROPRE, new DepotVerifie(fichier)))
                .hasMessageContaining("pas d'adresse électronique");
        var smtp = services.courriers().parametrerSmtp();
        smtp.enregistrer("localhost", 25, SecuriteSmtp.AUCUNE, "c@exemple.fr",
                "s".toCharArray(), "c@exemple.fr", "CPAM", RegleMotDePasse.DATE_NAISSANCE);
        assertThatThrownBy(() -> remettre(true, Remise.EN_MAIN_PROPRE, fichier))
                .hasMessageContaining("autre règle que le code personnel");

        assertThat(fichier).doesNotExist();
        assertThat(code()).isEqualTo(avant);
    }
}
