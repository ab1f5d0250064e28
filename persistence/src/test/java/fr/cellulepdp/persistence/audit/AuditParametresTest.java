package fr.cellulepdp.persistence.audit;

import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.audit.VerifierAudit;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.MotifType;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.notification.Coffre;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cell's settings go into the audit trail — mail server, letter templates, certificate and logo, standard
 * reasons — saying what changed without copying a password, a wording or a path; and only the coordinatrice
 * changes them.
 */
class AuditParametresTest extends SurBaseTemporaire {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));
    /** The computer's key is outside the domain: a reversible stand-in that still shows the secret is not kept. */
    private static final Coffre COFFRE = new Coffre() {
        @Override
        public String chiffrer(char[] secret) {
            return "chiffre:" + new StringBuilder(new String(secret)).reverse();
        }

        @Override
        public char[] dechiffrer(String chiffre) {
            return new StringBuilder(chiffre.substring("chiffre:".length())).reverse().toString().toCharArray();
        }
    };
    private final Utilisateur coordinatrice = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
    private final Utilisateur referente = new Utilisateur(null, "referente", Role.REFERENT_SOCIAL);

    @Test
    void the_mail_server_is_audited_by_field_name_and_the_password_never_appears() {
        ParametrerSmtp smtp = new ParametrerSmtp(base, COFFRE, HORLOGE, () -> coordinatrice);
        smtp.enregistrer("smtp.cpam.example", 587, SecuriteSmtp.STARTTLS, "cellule",
                "Secret-SMTP-42".toCharArray(), "cellule.pdp@cpam.example", "Cellule PDP");
        smtp.enregistrer("smtp2.cpam.example", 465, SecuriteSmtp.SSL, "cellule", null,
                "cellule.pdp@cpam.example", "Cellule PDP", RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE);
        smtp.enregistrer("smtp2.cpam.example", 465, SecuriteSmtp.SSL, "cellule",
                "Autre-Secret-7".toCharArray(), "cellule.pdp@cpam.example", "Cellule PDP",
                RegleMotDePasse.CODE_POSTAL_ANNEE_NAISSANCE);

        assertThat(entrees("PARAMETRES_SMTP")).extracting(EvenementAudit::details).containsExactly(
                "serveur renseigné",
                "champs modifiés : hote, port, securite, regleMotDePasse",
                "champs modifiés : motDePasseChiffre");
        assertThatThrownBy(() -> new ParametrerSmtp(base, COFFRE, HORLOGE, () -> referente).enregistrer("smtp.example", 587, SecuriteSmtp.STARTTLS, "", null,
                "a@b.example", "x")).isInstanceOf(SaisieInvalideException.class);
        assertThat(entrees("PARAMETRES_SMTP")).hasSize(3);
        assertSansSecret("Secret-SMTP-42", "24-PTMS-terceS", "Autre-Secret-7");
    }

    @Test
    void the_outbox_knows_a_server_is_set_only_for_the_coordinatrice_logged_in() {
        fr.cellulepdp.model.cellule.SessionDeTest session = new fr.cellulepdp.model.cellule.SessionDeTest(
                coordinatrice);
        ParametrerSmtp smtp = new ParametrerSmtp(base, COFFRE, HORLOGE, session);
        assertThat(smtp.parametre()).as("no server yet").isFalse();

        new ParametrerSmtp(base, COFFRE, HORLOGE, () -> coordinatrice).enregistrer("smtp.cpam.example", 587,
                SecuriteSmtp.STARTTLS, "", null, "cellule.pdp@cpam.example", "Cellule PDP");
        assertThat(smtp.parametre()).isTrue();
        // the server's login and password are the coordinatrice's to handle: another member does not read them
        session.devient(referente);
        assertThatThrownBy(smtp::lire).isInstanceOf(SaisieInvalideException.class)
                .hasMessageContaining("seule la coordinatrice");

        session.devient(null);
        assertThatThrownBy(smtp::parametre).as("the session closed").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_letter_template_is_audited_by_outcome_and_length_and_an_unchanged_one_is_not() {
        GererModelesCourrier modeles = new GererModelesCourrier(base, HORLOGE, () -> coordinatrice);
        modeles.enregistrer(IssueDecision.REFUS, "Refus motivé : {{decision.motifs}}");
        modeles.enregistrer(IssueDecision.REFUS, "Refus : {{decision.motifs}}");
        modeles.enregistrer(IssueDecision.REFUS, "Refus : {{decision.motifs}}");
        assertThatThrownBy(() -> modeles.enregistrer(IssueDecision.ACCORD, "{{inconnu}}"))
                .isInstanceOf(SaisieInvalideException.class);

        assertThat(entrees("MODELE_COURRIER")).extracting(EvenementAudit::details).containsExactly(
                "REFUS : modèle par défaut → 34 caractères",
                "REFUS : 34 caractères → 27 caractères");
        assertSansSecret("motivé");
    }

    @Test
    void the_certificate_and_the_logo_are_audited_as_chosen_replaced_or_removed_without_their_path() {
        base.cellules().save(Exemples.cellule());
        ParametrerDocuments documents = new ParametrerDocuments(base, HORLOGE, () -> coordinatrice);
        documents.choisirCertificat("/home/hmartinel/certificats/signature.p12");
        documents.choisirCertificat("/home/hmartinel/certificats/nouveau.p12");
        documents.choisirLogo("/home/hmartinel/images/logo.png");
        documents.choisirLogo("");
        assertThatThrownBy(() -> new ParametrerDocuments(base, HORLOGE, () -> referente).choisirLogo("/tmp/logo.png"))
                .isInstanceOf(SaisieInvalideException.class);

        assertThat(entrees("PARAMETRES_DOCUMENTS")).extracting(EvenementAudit::details).containsExactly(
                "certificat de signature choisi", "certificat de signature remplacé", "logo choisi", "logo retiré");
        assertSansSecret("hmartinel", ".p12", "logo.png");
    }

    @Test
    void standard_reasons_are_the_coordinatrices_and_each_addition_or_removal_is_audited() {
        GererMotifsTypes motifs = new GererMotifsTypes(base, HORLOGE, () -> coordinatrice);
        int avant = motifs.lister().size();
        MotifType ajoute = motifs.ajouter("  Situation revue avec Mme Exemple.  ");
        assertThat(ajoute.texte()).isEqualTo("Situation revue avec Mme Exemple.");
        assertThatThrownBy(() -> new GererMotifsTypes(base, HORLOGE, () -> referente).ajouter("Autre phrase"))
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        assertThatThrownBy(() -> new GererMotifsTypes(base, HORLOGE, () -> referente).supprimer(ajoute.id()))
                .isInstanceOf(SaisieInvalideException.class);
        assertThat(motifs.lister()).hasSize(avant + 1);

        motifs.supprimer(ajoute.id());
        motifs.supprimer(ajoute.id());

        assertThat(motifs.lister()).hasSize(avant);
        String position = "phrase n° " + ajoute.position() + ", 33 caractères";
        assertThat(entrees("MOTIF_TYPE_AJOUTE")).extracting(EvenementAudit::details).containsExactly(position);
        assertThat(entrees("MOTIF_TYPE_SUPPRIME")).extracting(EvenementAudit::details).containsExactly(position);
        assertSansSecret("Exemple");
        assertThat(new VerifierAudit(base, fr.cellulepdp.model.cellule.Utilisateur::systeme).verifier().intact()).isTrue();
    }

    private List<EvenementAudit> entrees(String action) {
        return base.journalAudit().findAll().stream().filter(e -> e.action().equals(action)).toList();
    }

    private void assertSansSecret(String... textes) {
        assertThat(base.journalAudit().findAll()).allSatisfy(e -> assertThat(e.details()).doesNotContain(textes));
    }
}
