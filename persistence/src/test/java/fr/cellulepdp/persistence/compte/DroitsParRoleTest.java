package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.base.Exemples;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.ConsulterJournal;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.decision.HistoriquePersonne;
import fr.cellulepdp.model.situation.LireDossier;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reading use case with every role, on the hand-built cell of {@link JeuIndicateurs} where one file carries a
 * medical opinion: a partner never receives a name beyond initials, a NIR or a medical opinion; only the medical
 * référents read the medical opinion (and the coordinatrice when the cell allows it); the trail, retention, exports
 * and settings are the coordinatrice's.
 */
class DroitsParRoleTest extends SurBaseTemporaire {

    private static final String AVIS = "Avis médical confidentiel : lombalgie chronique.";
    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));
    private Assure personne;
    private UUID seanceId;

    @BeforeEach
    void preparer() {
        JeuIndicateurs.charger(base);
        Situation s1 = base.situations().get(JeuIndicateurs.S1);
        base.situations().save(new Situation(s1.id(), s1.version(), s1.numeroDossier(), s1.assureId(),
                s1.referentSocialId(), s1.dateSignalement(), s1.origine(), s1.risque(), s1.debutArret(),
                s1.finArretPrevue(), new fr.cellulepdp.model.situation.Consentement(LocalDate.of(2026, 10, 1),
                        Set.of(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI), null), s1.urgent(), s1.complexe(),
                s1.notesSociales(), AVIS,
                s1.statut(), s1.issue(), s1.dateCloture(), s1.serviceSanteTravail()));
        personne = base.assures().get(s1.assureId());
        seanceId = UUID.randomUUID();
        var seance = base.seances().get(Exemples.id("ind-seance-6"));
        base.seances().save(new fr.cellulepdp.model.seance.Seance(seance.id(), seance.version(), seance.numero(),
                seance.date(), seance.heure(), seance.lieu(), seance.lienVisio(), seance.statut(),
                seance.secretaireId(), seance.presences(), seance.invites(),
                List.of(new PointOrdreDuJour(UUID.randomUUID(), s1.id(), List.of(), CategoriePoint.SUIVI, 5, Set.of())),
                seance.derogationQuorum()));
        seanceId = seance.id();
        base.suivis().save(new Suivi(UUID.randomUUID(), 0, s1.id(), null, "Rappeler", JeuIndicateurs.REFERENT_SOCIAL,
                LocalDate.of(2026, 12, 1), null, ""));
    }

    @org.junit.jupiter.api.Test
    void a_partner_never_lists_nor_finds_by_nir_a_file_his_type_s_consent_does_not_cover() {
        // S1 Cap Emploi; S2 another type only; S3 withdrawn; S4 later; S5, S6 no consent (the server's date too)
        JeuIndicateurs.consentementsVaries(base, LocalDate.of(2099, 1, 1));
        Utilisateur partenaire = new Utilisateur(JeuIndicateurs.PARTENAIRE, "cap.emploi", Role.PARTENAIRE);
        ListerSituations lister = new ListerSituations(base, horloge, () -> partenaire);
        assertThat(lister.lister()).extracting(fr.cellulepdp.model.situation.ResumeSituation::id)
                .containsExactly(JeuIndicateurs.S1);
        assertThat(lister.rechercher(fr.cellulepdp.model.situation.CritereSituations.tout()).lignes())
                .extracting(fr.cellulepdp.model.situation.ResumeSituation::id).containsExactly(JeuIndicateurs.S1);
        for (UUID cache : List.of(JeuIndicateurs.S2, JeuIndicateurs.S5, JeuIndicateurs.S1)) {
            var parNir = lister.rechercher(new fr.cellulepdp.model.situation.CritereSituations(
                    JeuIndicateurs.nir(base, cache), true, null, null, null, null, null, null, false, 0,
                    fr.cellulepdp.model.situation.CritereSituations.LIMITE_PAR_DEFAUT));
            var inconnu = lister.rechercher(new fr.cellulepdp.model.situation.CritereSituations(
                    "2690549588157" + "80", true, null, null, null, null, null, null, false, 0,
                    fr.cellulepdp.model.situation.CritereSituations.LIMITE_PAR_DEFAUT));
            assertThat(parNir).as("the same answer as an unknown NIR").isEqualTo(inconnu);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void what_each_role_receives(Role role) {
        boolean partenaire = role == Role.PARTENAIRE;
        // the partner is the cell's Cap Emploi adviser, whom the person's consent covers
        Utilisateur acteur = new Utilisateur(partenaire ? JeuIndicateurs.PARTENAIRE : null, role.name().toLowerCase(),
                role);
        String attendu = partenaire ? personne.initiales() : personne.nom().toUpperCase() + " " + personne.prenom();

        List<ResumeSituation> liste = new ListerSituations(base, horloge, () -> acteur).lister();
        assertThat(liste).filteredOn(r -> r.id().equals(JeuIndicateurs.S1)).singleElement()
                .satisfies(r -> assertThat(r.personne()).isEqualTo(attendu));
        assertThat(liste).allSatisfy(r -> assertThat(r.toString()).doesNotContain(personne.nir().valeur(), AVIS));
        assertThat(new ListerSituations(base, horloge, () -> acteur).parIdentifiants(Set.of(JeuIndicateurs.S1)))
                .extracting(ResumeSituation::personne).containsExactly(attendu);
        // the cell's follow-ups (actions and notes may tell a medical detail): its internal members' alone
        SuivreSuivis suivis = new SuivreSuivis(base, horloge, () -> acteur);
        if (partenaire) {
            assertThatThrownBy(() -> suivis.lister(null, true)).isInstanceOf(SaisieInvalideException.class);
        } else {
            assertThat(suivis.lister(null, true).lignes()).isNotEmpty()
                    .allSatisfy(l -> assertThat(l.personne()).isNotEqualTo(personne.initiales()));
        }
        // figures only, for everyone
        assertThat(new CalculerIndicateurs(base, () -> acteur).calculer(Periode.annee(2026)).toString())
                .doesNotContain(personne.nom(), personne.nir().valeur(), AVIS);

        ConsulterSeance seance = new ConsulterSeance(base, new TenirSeance(base, horloge, () -> acteur), () -> acteur);
        HistoriquePersonne historique = new HistoriquePersonne(base, horloge, () -> acteur);
        if (partenaire) {
            assertThatThrownBy(() -> seance.consulter(seanceId)).isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> historique.historique(personne.id()))
                    .isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> historique.consulter(base.situations().get(JeuIndicateurs.S1)))
                    .isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> new LireDossier(base, () -> acteur).lire(JeuIndicateurs.S1))
                    .isInstanceOf(SaisieInvalideException.class);
            assertThat(base.journalAudit().findAll()).as("a refused opening is not an opening").isEmpty();
        } else {
            DossierSeance dossier = seance.consulter(seanceId);
            assertThat(dossier.points()).singleElement().satisfies(p -> assertThat(p.situation().avisMedical())
                    .isEqualTo(role.litAvisMedical() ? AVIS : ""));
            assertThat(historique.historique(personne.id())).isNotNull();
        }

        AvisMedicalSituation avis = new AvisMedicalSituation(base, horloge, () -> acteur);
        Situation s1 = base.situations().get(JeuIndicateurs.S1);
        if (!partenaire) {
            LireDossier.Dossier lu = new LireDossier(base, () -> acteur).lire(s1.id());
            assertThat(lu.situation().avisMedical()).isEqualTo(role.litAvisMedical() ? AVIS : "");
            assertThat(lu.assure().nir()).isEqualTo(personne.nir());
        }
        if (role.litAvisMedical()) {
            assertThat(avis.lire(s1.id())).isEqualTo(AVIS);
        } else {
            assertThatThrownBy(() -> avis.lire(s1.id())).isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> avis.enregistrer(s1.id(), "autre"))
                    .isInstanceOf(SaisieInvalideException.class);
        }

        boolean coordinatrice = role == Role.COORDINATRICE;
        if (!coordinatrice) {
            assertThatThrownBy(() -> new ParametrerProtection(base, horloge, () -> acteur).modifier(2, 10, true))
                    .isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
        }
        if (coordinatrice) {
            assertThat(new ConsulterJournal(base, () -> acteur).lister("")).isNotNull();
            assertThat(new ConserverDonnees(base, horloge, () -> acteur).aAnonymiser()).isNotNull();
        } else {
            assertThatThrownBy(() -> new ConsulterJournal(base, () -> acteur).lister(""))
                    .isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> new ConserverDonnees(base, horloge, () -> acteur).aAnonymiser())
                    .isInstanceOf(SaisieInvalideException.class);
            assertThatThrownBy(() -> new ConserverDonnees(base, horloge, () -> acteur).anonymiser())
                    .isInstanceOf(SaisieInvalideException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void the_cell_may_let_its_coordinatrice_read_the_medical_opinion_which_only_medical_referents_write() {
        base.cellules().save(Exemples.cellule());
        Utilisateur coordinatrice = new Utilisateur(null, "coordinatrice", Role.COORDINATRICE);
        Utilisateur medecin = new Utilisateur(null, "medecin", Role.REFERENT_MEDICAL);
        AvisMedicalSituation avis = new AvisMedicalSituation(base, horloge, () -> coordinatrice);
        ConsulterSeance seance = new ConsulterSeance(base, new TenirSeance(base, horloge, () -> coordinatrice),
                () -> coordinatrice);
        assertThatThrownBy(() -> avis.lire(JeuIndicateurs.S1))
                .isInstanceOf(SaisieInvalideException.class);
        assertThat(seance.consulter(seanceId).points().get(0).situation().avisMedical()).isEmpty();

        assertThatThrownBy(() -> new ParametrerProtection(base, horloge, () -> coordinatrice).modifier(0, 500, true))
                .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.problemes())
                        .extracting(fr.cellulepdp.model.commun.Probleme::champ)
                        .containsExactly("conservation", "verrouillage"));
        assertThat(base.cellules().findAll().get(0).coordinatriceLitAvisMedical()).isFalse();
        var cellule = new ParametrerProtection(base, horloge, () -> coordinatrice).modifier(3, 5, true);

        assertThat(cellule.conservationAnnees()).isEqualTo(3);
        assertThat(cellule.verrouillageMinutes()).isEqualTo(5);
        assertThat(avis.lire(JeuIndicateurs.S1)).isEqualTo(AVIS);
        assertThat(seance.consulter(seanceId).points().get(0).situation().avisMedical())
                .isEqualTo(AVIS);
        assertThatThrownBy(() -> avis.enregistrer(JeuIndicateurs.S1, "autre"))
                .isInstanceOf(SaisieInvalideException.class);

        new AvisMedicalSituation(base, horloge, () -> medecin).enregistrer(JeuIndicateurs.S1, "Avis révisé : reprise possible à mi-temps.");
        assertThat(avis.lire(JeuIndicateurs.S1)).isEqualTo("Avis révisé : reprise possible à mi-temps.");
        assertThat(base.journalAudit().findAll()).extracting(e -> e.action())
                .containsSubsequence("PARAMETRES_PROTECTION", "AVIS_MEDICAL_MODIFIE");
        assertThat(base.journalAudit().findAll()).allSatisfy(e -> assertThat(e.details())
                .doesNotContain("mi-temps", "lombalgie"));
        assertThat(base.journalAudit().findAll()).anySatisfy(e -> assertThat(e.details())
                .isEqualTo("conservation 2 → 3 ans ; verrouillage 10 → 5 min ; avis médical lu par la coordinatrice : "
                        + "non → oui"));
    }
}
