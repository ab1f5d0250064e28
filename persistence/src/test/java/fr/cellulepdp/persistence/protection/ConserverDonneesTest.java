package fr.cellulepdp.persistence.protection;

import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Situation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retention on a real database: the person of {@link Exemples} (file closed 15/12/2026, a decision, a letter with
 * its PDF, a follow-up) seen from 2029, when the two-year retention has passed.
 */
class ConserverDonneesTest extends SurBaseTemporaire {

    private static final Utilisateur COORDINATRICE = new Utilisateur(Exemples.COORDINATRICE, "coordinatrice",
            Role.COORDINATRICE);
    private ConserverDonnees conservation;
    private Assure personne;

    @BeforeEach
    void remplir() {
        base.cellules().save(Exemples.cellule());
        base.membres().save(Exemples.membre(Exemples.COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
        personne = base.assures().save(Exemples.assure());
        base.situations().save(Exemples.situationCloturee(Exemples.situation()));
        base.demandes().save(Exemples.demande());
        base.seances().save(Exemples.seance());
        base.decisions().save(Exemples.decision());
        base.suivis().save(Exemples.suivi());
        Notification lettre = base.notifications().save(Exemples.notification());
        base.notifications().attacherPdf(lettre.id(), new byte[] {1, 2, 3});
        conservation = new ConserverDonnees(base, Horloge.fixe(Instant.parse("2029-01-10T10:00:00Z")), () -> COORDINATRICE);
    }

    @Test
    void only_people_inactive_for_longer_than_the_retention_period_are_listed() {
        assertThat(new ConserverDonnees(base, Horloge.fixe(Instant.parse("2028-06-01T10:00:00Z")), () -> COORDINATRICE)
                .aAnonymiser()).as("moins de deux ans").isEmpty();
        assertThat(conservation.aAnonymiser()).singleElement().satisfies(c -> {
            assertThat(c.dossiers()).containsExactly("PDP-2026-0001");
            assertThat(c.derniereActivite()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
    }

    @Test
    void anonymising_erases_identity_and_free_texts_and_keeps_what_the_figures_count() {
        long avant = new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026)).parOrigine().total();

        ConserverDonnees.Rapport rapport = conservation.anonymiser();

        assertThat(rapport.texte()).isEqualTo("1 personne(s) anonymisée(s) : 1 dossier(s), 1 demande(s), "
                + "1 décision(s), 1 suivi(s), 1 courrier(s) effacé(s). Les chiffres des bilans sont conservés.");
        Assure a = base.assures().get(personne.id());
        assertThat(a.nom()).isEqualTo(ConserverDonnees.ANONYME);
        assertThat(a.prenom()).isEmpty();
        assertThat(a.email()).isEmpty();
        assertThat(a.employeur()).isNull();
        assertThat(a.nir()).isNotEqualTo(personne.nir());
        assertThat(a.dateNaissance()).isEqualTo(LocalDate.of(1969, 1, 1));
        assertThat(a.sexe()).isEqualTo(personne.sexe());
        assertThat(base.assures().findByNir(personne.nir())).isEmpty();
        Situation s = base.situations().get(Exemples.SITUATION);
        assertThat(s.notesSociales()).isEmpty();
        assertThat(s.avisMedical()).isEmpty();
        assertThat(s.origine()).isEqualTo(Exemples.situation().origine());
        Decision d = base.decisions().get(Exemples.DECISION);
        assertThat(d.motifs()).isEmpty();
        assertThat(d.conditions()).isEmpty();
        assertThat(d.issue()).isEqualTo(Exemples.decision().issue());
        assertThat(base.demandes().get(Exemples.DEMANDE).tuteur()).isEmpty();
        assertThat(base.demandes().get(Exemples.DEMANDE).avisTechnique()).isEmpty();
        assertThat(base.suivis().findBySituation(Exemples.SITUATION)).singleElement()
                .satisfies(x -> assertThat(x.action()).isEmpty());
        Notification n = base.notifications().findByDecision(Exemples.DECISION).get(0);
        assertThat(n.adresse()).isEmpty();
        assertThat(base.notifications().pdf(n.id())).isEmpty();
        // the yearly figures still count the file
        assertThat(new CalculerIndicateurs(base, () -> COORDINATRICE).calculer(Periode.annee(2026)).parOrigine().total())
                .isEqualTo(avant);
        // done once: nothing left to anonymise; the trail holds the counts, no name
        assertThat(conservation.aAnonymiser()).isEmpty();
        assertThat(base.journalAudit().findAll()).last().satisfies(e -> {
            assertThat(e.action()).isEqualTo("ANONYMISATION");
            assertThat(e.details()).doesNotContain(personne.nom());
        });
    }

    @Test
    void a_person_with_a_recent_file_is_kept_and_a_partner_cannot_anonymise() {
        base.situations().save(new Situation(java.util.UUID.randomUUID(), 0, "PDP-2028-0001", personne.id(), null,
                LocalDate.of(2028, 3, 1), Exemples.situation().origine(), Exemples.situation().risque(), null, null,
                null, null, null, "", "", null, null, null, ""));
        assertThat(conservation.aAnonymiser()).isEmpty();
        assertThatThrownBy(() -> new ConserverDonnees(base, Horloge.fixe(Instant.parse("2029-01-10T10:00:00Z")), () -> new Utilisateur(null, "partenaire", Role.PARTENAIRE)).anonymiser())
                .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        assertThat(base.assures().get(personne.id()).nom()).isEqualTo(personne.nom());
    }
}
