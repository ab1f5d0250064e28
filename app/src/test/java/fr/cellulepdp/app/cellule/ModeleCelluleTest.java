package fr.cellulepdp.app.cellule;

import static fr.cellulepdp.model.cellule.ParametrerCellule.CODE_POSTAL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.CPAM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.EMAIL;
import static fr.cellulepdp.model.cellule.ParametrerCellule.NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.SIGNATAIRE_NOM;
import static fr.cellulepdp.model.cellule.ParametrerCellule.TELEPHONE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cell's form view model, without a window, on a real H2 file: checks as typed, save, refusals, conflicts. */
class ModeleCelluleTest {

    @TempDir
    Path dossier;

    private Services services;
    private ModeleCellule modele;

    @BeforeEach
    void ouvrir() {
        services = CelluleVide.ouvrir(dossier);
        modele = new ModeleCellule(services.horloge(), services.miseEnPlace().parametrerCellule(),
                services.miseEnPlace().parametrerDocuments(),
                services.dossierDonnees(), ExecuteurTaches.synchrone());
        modele.charger();
    }

    @AfterEach
    void fermer() {
        services.close();
    }

    @Test
    void each_field_shows_its_problem_once_typed_in_and_not_before() {
        assertThat(modele.renseigneeProperty().get()).isFalse();
        assertThat(modele.probleme(NOM)).as("un formulaire vide ne commence pas en rouge").isEmpty();
        assertThat(modele.valideProperty().get()).isFalse();

        modele.emailProperty().set("cellule.pdp");
        modele.codePostalProperty().set("580");
        modele.nomProperty().set("C");
        modele.nomProperty().set("");
        modele.telephoneProperty().set("03 86");

        assertThat(modele.probleme(EMAIL)).contains("adresse électronique invalide");
        assertThat(modele.probleme(CODE_POSTAL)).contains("code postal invalide");
        assertThat(modele.probleme(NOM)).isEqualTo("obligatoire.");
        assertThat(modele.probleme(TELEPHONE)).contains("numéro de téléphone invalide");
        assertThat(modele.probleme(CPAM)).as("pas encore saisi").isEmpty();

        modele.emailProperty().set("cellule.pdp@cpam58.exemple.fr");
        modele.codePostalProperty().set("58000");
        modele.nomProperty().set("Cellule locale PDP de la Nièvre");
        assertThat(modele.probleme(EMAIL)).isEmpty();
        assertThat(modele.probleme(CODE_POSTAL)).isEmpty();
        assertThat(modele.probleme(NOM)).isEmpty();
        assertThat(modele.message()).isEmpty();
    }

    @Test
    void saving_with_problems_lists_every_one_saves_nothing_and_keeps_what_was_typed() {
        modele.nomProperty().set("Cellule locale PDP de la Nièvre");
        modele.emailProperty().set("pas-une-adresse");

        modele.enregistrer();

        assertThat(modele.message()).startsWith("Enregistrement refusé :").contains(
                "• caisse (CPAM) : obligatoire.", "• adresse : obligatoire.", "• code postal : obligatoire.",
                "• ville : obligatoire.", "• téléphone : obligatoire.",
                "• courriel : adresse électronique invalide", "• nom du signataire : obligatoire.",
                "• fonction du signataire : obligatoire.").doesNotContain("nom de la cellule");
        assertThat(modele.enErreurProperty().get()).isTrue();
        assertThat(modele.probleme(CPAM)).as("chaque champ montre maintenant son problème").isEqualTo("obligatoire.");
        assertThat(modele.probleme(SIGNATAIRE_NOM)).isEqualTo("obligatoire.");
        assertThat(services.miseEnPlace().parametrerCellule().lire()).isEmpty();
        assertThat(modele.nomProperty().get()).isEqualTo("Cellule locale PDP de la Nièvre");
        assertThat(modele.emailProperty().get()).isEqualTo("pas-une-adresse");
        assertThat(modele.enregistrementsProperty().get()).isZero();

        // the refusal's list follows what she fixes, and goes once nothing remains
        modele.emailProperty().set("cellule.pdp@cpam58.exemple.fr");
        assertThat(modele.message()).startsWith("Enregistrement refusé :").contains("• caisse (CPAM)")
                .doesNotContain("courriel");
        CelluleVide.saisir(modele);
        assertThat(modele.message()).isEmpty();
        assertThat(modele.enErreurProperty().get()).isFalse();
        assertThat(services.miseEnPlace().parametrerCellule().lire()).as("rien n'est enregistré sans le demander").isEmpty();
    }

    @Test
    void the_cell_is_created_then_changed_and_the_letter_s_end_is_previewed() {
        CelluleVide.saisir(modele);
        assertThat(modele.apercuProperty().get().replaceAll("[\u00a0\u202f]", " ")).as("espaces insécables")
                .isEqualTo("Nevers, le 3 décembre 2026\nPour le directeur et par "
                + "délégation\nBertrand Lemoine\nDirecteur de la CPAM de la Nièvre");

        modele.enregistrer();

        Cellule creee = services.miseEnPlace().parametrerCellule().lire().orElseThrow();
        assertThat(creee.fiche()).isEqualTo(modele.fiche());
        assertThat(creee.signataire()).isEqualTo("Bertrand Lemoine");
        assertThat(creee.quorum()).isEqualTo(RegleQuorum.PAR_DEFAUT);
        assertThat(modele.renseigneeProperty().get()).isTrue();
        assertThat(modele.message()).startsWith("Cellule enregistrée.");
        assertThat(modele.enErreurProperty().get()).isFalse();
        assertThat(modele.enregistrementsProperty().get()).isEqualTo(1);

        modele.villeSignatureProperty().set("");
        modele.adresse2Property().set("BP 12");
        modele.enregistrer();

        Cellule changee = services.miseEnPlace().parametrerCellule().lire().orElseThrow();
        assertThat(changee.adresse().ligne2()).isEqualTo("BP 12");
        assertThat(changee.villeDesCourriers()).as("la ville de l'adresse").isEqualTo("Nevers");
        assertThat(modele.enregistrementsProperty().get()).isEqualTo(2);
        assertThat(services.stockage().journalAudit().findAll()).extracting(e -> e.action())
                .contains("CELLULE_CREEE", "CELLULE_MODIFIEE");
    }

    @Test
    void a_cell_whose_identity_changed_elsewhere_is_not_overwritten_and_the_typing_stays() {
        CelluleVide.saisir(modele);
        modele.enregistrer();
        ModeleCellule autrePoste = new ModeleCellule(services.horloge(), services.miseEnPlace().parametrerCellule(),
                services.miseEnPlace().parametrerDocuments(), services.dossierDonnees(),
                ExecuteurTaches.synchrone());
        autrePoste.charger();
        // a setting changed meanwhile is no conflict: the identity saved keeps it
        services.miseEnPlace().parametrerQuorum().modifier(new RegleQuorum(true, 2, 1, 0));
        modele.telephoneProperty().set("03 86 21 99 99");
        modele.enregistrer();
        assertThat(modele.enErreurProperty().get()).isFalse();
        assertThat(services.cellule().orElseThrow().quorum()).isEqualTo(new RegleQuorum(true, 2, 1, 0));

        autrePoste.nomProperty().set("Cellule PDP de la Nièvre (Nevers)");
        autrePoste.enregistrer();

        assertThat(autrePoste.enErreurProperty().get()).isTrue();
        assertThat(autrePoste.message()).contains("modifié(e) entre-temps");
        assertThat(autrePoste.nomProperty().get()).isEqualTo("Cellule PDP de la Nièvre (Nevers)");
        assertThat(services.cellule().orElseThrow().nom()).isEqualTo("Cellule locale PDP de la Nièvre");
        assertThat(services.cellule().orElseThrow().telephone()).isEqualTo("03 86 21 99 99");

        autrePoste.charger();
        assertThat(autrePoste.telephoneProperty().get()).isEqualTo("03 86 21 99 99");
    }

    @Test
    void the_logo_and_a_trial_certificate_are_chosen_once_the_cell_exists() throws Exception {
        Path image = Files.write(dossier.resolve("logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        modele.choisirLogo(image);
        assertThat(modele.etatDocumentsProperty().get()).contains("la cellule n'est pas encore renseignée");

        CelluleVide.saisir(modele);
        modele.enregistrer();
        modele.choisirLogo(image);
        modele.creerCertificatDEssai("essai".toCharArray());

        Cellule cellule = services.cellule().orElseThrow();
        assertThat(cellule.logo()).isEqualTo(image.toAbsolutePath().toString());
        assertThat(cellule.certificatSignature()).endsWith("certificat-essai-signataire.p12");
        assertThat(Path.of(cellule.certificatSignature())).exists();
        assertThat(modele.logoProperty().get()).isEqualTo(image.toAbsolutePath().toString());
        assertThat(modele.etatDocumentsProperty().get()).startsWith("Certificat d'essai créé");

        // the identity saved afterwards keeps the files chosen, with no conflict
        modele.telephoneProperty().set("03 86 21 00 01");
        modele.enregistrer();
        assertThat(modele.enErreurProperty().get()).isFalse();
        assertThat(services.cellule().orElseThrow().logo()).isEqualTo(image.toAbsolutePath().toString());
    }

    @Test
    void another_role_is_refused_a_trial_certificate_before_any_file_is_written() {
        CelluleVide.saisir(modele);
        modele.enregistrer();
        services.connecter(new Utilisateur(null, "referente", Role.REFERENT_SOCIAL));

        modele.creerCertificatDEssai("essai".toCharArray());

        assertThat(modele.etatDocumentsProperty().get()).contains("seule la coordinatrice crée un certificat d'essai");
        assertThat(dossier.resolve("certificat-essai-signataire.p12")).doesNotExist();
        assertThat(services.cellule().orElseThrow().certificatSignature()).isEmpty();
    }
}
