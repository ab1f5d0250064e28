package fr.cellulepdp.app.convocation;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import fr.cellulepdp.app.document.CertificatChoisi;
import fr.cellulepdp.app.document.CertificatDemo;
import fr.cellulepdp.app.tache.ExecuteurTaches;
import fr.cellulepdp.app.wiring.Services;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.convocation.CourrielMembre;
import fr.cellulepdp.model.convocation.NatureCourrielMembre;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.document.ExtraitsPartenaires;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Situation;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After the meeting: the signed minutes go out through the outbox — the extract to the partners always, the full
 * minutes to the internal members when the cell chose it in Paramètres (through its view model) — once each.
 */
class DiffusionProcesVerbalTest {

    private static final String COMPTE_SMTP = CelluleEnLigne.COMPTE_SMTP;

    @TempDir
    Path dossier;

    private CelluleEnLigne cellule;
    private Services services;
    private GreenMail serveur;
    private Seance seance;

    @BeforeEach
    void preparer() throws IOException {
        cellule = new CelluleEnLigne(dossier, () -> Instant.parse("2026-11-23T10:00:00Z"));
        services = cellule.services;
        serveur = cellule.serveur;
        seance = services.documents().genererDocuments().trouver(null);
    }

    @AfterEach
    void arreter() {
        cellule.close();
    }

    private void genererSigne() {
        var fiche = services.cellule().orElseThrow();
        services.documents().genererDocuments().generer(seance.id(), Optional.of(CertificatChoisi.lire(
                Path.of(fiche.certificatSignature()), CertificatDemo.MOT_DE_PASSE.toCharArray(), fiche,
                services.dossierDonnees())), (faits, total) -> { });
    }

    private List<CourrielMembre> diffusion() {
        return services.stockage().courrielsMembres().deLaSeance(seance.id());
    }

    private List<Membre> convoques(Role... roles) {
        Set<Role> voulus = Set.of(roles);
        return seance.presences().stream().map(Presence::membreId).map(services.stockage().membres()::get)
                .filter(m -> voulus.contains(m.role()) && !m.email().isBlank()).toList();
    }

    /** The messages received by the members (the letters to the people go out in the same round). */
    private List<MessagesRecus> recusParLesMembres() throws Exception {
        services.courriers().envoyerCourriers().envoyer((f, t) -> { });
        Set<String> membres = services.stockage().membres().findAll().stream().map(Membre::email)
                .collect(Collectors.toSet());
        List<MessagesRecus> recus = new ArrayList<>();
        for (MimeMessage message : serveur.getReceivedMessages()) {
            if (membres.contains(message.getAllRecipients()[0].toString())) {
                recus.add(MessagesRecus.lire(message));
            }
        }
        return recus;
    }

    @Test
    void each_partner_receives_the_extract_of_his_organisation_type_listing_only_the_files_his_type_may_see()
            throws Exception {
        Membre spst = convoques(Role.PARTENAIRE).stream()
                .filter(m -> m.partenaire() == Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL).findFirst().orElseThrow();
        Membre capEmploi = convoques(Role.PARTENAIRE).stream()
                .filter(m -> m.partenaire() == Partenaire.CAP_EMPLOI).findFirst().orElseThrow();
        List<Situation> situations = seance.ordreDuJour().stream()
                .map(p -> services.stockage().situations().get(p.situationId())).distinct().toList();
        assertThat(situations).hasSizeGreaterThanOrEqualTo(3);
        java.time.LocalDate recueil = seance.date().minusMonths(1);
        Situation santeTravailSeul = consentir(situations.get(0), new Consentement(recueil,
                Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), null));
        Situation sansConsentement = consentir(situations.get(1), Consentement.AUCUN);
        Situation lesDeux = consentir(situations.get(2), new Consentement(recueil,
                Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL, Partenaire.CAP_EMPLOI), null));

        genererSigne();
        List<MessagesRecus> recus = recusParLesMembres();

        String pourSpst = extraitRecu(recus, spst);
        assertThat(pourSpst).contains(santeTravailSeul.numeroDossier(), lesDeux.numeroDossier())
                .doesNotContain(sansConsentement.numeroDossier());
        String pourCapEmploi = extraitRecu(recus, capEmploi);
        assertThat(pourCapEmploi).contains(lesDeux.numeroDossier())
                .doesNotContain(santeTravailSeul.numeroDossier()).doesNotContain(sansConsentement.numeroDossier());
        // the archive keeps each type's version beside the common one
        Path pack = services.dossierDocuments().resolve(String.format("seance-%03d", seance.numero()));
        assertThat(pack.resolve(ExtraitsPartenaires.procesVerbal(Partenaire.CAP_EMPLOI))).exists();
        assertThat(pack.resolve(ExtraitsPartenaires.ordreDuJour(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL)))
                .exists();
    }

    private String extraitRecu(List<MessagesRecus> recus, Membre partenaire) {
        return recus.stream().filter(m -> m.destinataire().equals(partenaire.email())).findFirst().orElseThrow()
                .pdfs().get(0);
    }

    private Situation consentir(Situation s, Consentement consentement) {
        return services.stockage().situations().save(new Situation(s.id(), s.version(), s.numeroDossier(),
                s.assureId(), s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(),
                s.finArretPrevue(), consentement, s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(),
                s.statut(), s.issue(), s.dateCloture(), s.serviceSanteTravail()));
    }

    @Test
    void partners_receive_the_pseudonymised_extract_once_the_minutes_are_signed() throws Exception {
        assertThat(diffusion()).isEmpty();

        genererSigne();
        List<MessagesRecus> recus = recusParLesMembres();

        List<Membre> partenaires = convoques(Role.PARTENAIRE);
        assertThat(partenaires).isNotEmpty();
        assertThat(diffusion()).hasSize(partenaires.size())
                .allSatisfy(c -> assertThat(c.nature()).isEqualTo(NatureCourrielMembre.EXTRAIT_PROCES_VERBAL));
        assertThat(recus).extracting(MessagesRecus::destinataire)
                .containsExactlyInAnyOrderElementsOf(partenaires.stream().map(Membre::email).toList());
        List<String> noms = seance.ordreDuJour().stream()
                .map(p -> services.stockage().situations().get(p.situationId()))
                .map(s -> services.stockage().assures().get(s.assureId())).map(Assure::nom).distinct().toList();
        assertThat(noms).isNotEmpty();
        for (MessagesRecus message : recus) {
            assertThat(message.objet()).startsWith("Extrait du procès-verbal — séance n° " + seance.numero());
            assertThat(message.pdfs()).hasSize(1);
            assertThat(message.pdfs().get(0)).containsIgnoringCase("extrait");
            assertThat(noms).allSatisfy(nom -> assertThat(message.pdfs().get(0)).doesNotContainIgnoringCase(nom));
            for (Assure assure : services.stockage().assures().findAll()) {
                assertThat(message.objet() + message.corps()).doesNotContain(assure.nom())
                        .doesNotContain(assure.nir().corps());
            }
        }

        genererSigne();
        assertThat(diffusion()).as("jamais deux fois").hasSize(partenaires.size());
    }

    @Test
    void internal_members_receive_the_full_minutes_when_the_cell_chose_it_in_the_settings() throws Exception {
        ModeleDiffusion reglage = new ModeleDiffusion(services.seances().parametrerDiffusion(),
                ExecuteurTaches.synchrone());
        reglage.charger();
        assertThat(reglage.auxInternesProperty().get()).isFalse();

        reglage.choisir(true);
        assertThat(reglage.auxInternesProperty().get()).isTrue();
        assertThat(reglage.etatProperty().get()).startsWith("Enregistré");
        genererSigne();
        List<MessagesRecus> recus = recusParLesMembres();

        List<Membre> internes = convoques(Role.COORDINATRICE, Role.REFERENT_SOCIAL, Role.REFERENT_MEDICAL,
                Role.REFERENT_ADMINISTRATIF);
        assertThat(diffusion().stream().filter(c -> c.nature() == NatureCourrielMembre.PROCES_VERBAL)
                .map(CourrielMembre::adresse)).containsExactlyInAnyOrderElementsOf(internes.stream()
                .map(Membre::email).toList());
        assertThat(recus).filteredOn(m -> m.objet().startsWith("Procès-verbal")).hasSize(internes.size())
                .allSatisfy(m -> assertThat(m.pdfs()).singleElement().asString().containsIgnoringCase("procès"));
    }

    @Test
    void the_setting_refused_to_a_referent_stays_as_saved() {
        services.connecter(new Utilisateur(null, "referent", Role.REFERENT_SOCIAL));
        ModeleDiffusion reglage = new ModeleDiffusion(services.seances().parametrerDiffusion(),
                ExecuteurTaches.synchrone());

        reglage.choisir(true);

        assertThat(reglage.auxInternesProperty().get()).isFalse();
        assertThat(reglage.etatProperty().get()).contains("seule la coordinatrice");
        assertThat(services.stockage().courrielsMembres().procesVerbalAuxInternes()).isFalse();
    }
}
