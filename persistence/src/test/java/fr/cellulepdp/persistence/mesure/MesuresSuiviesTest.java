package fr.cellulepdp.persistence.mesure;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SaisieDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.GenerateurFactice;
import fr.cellulepdp.model.mesure.ConsulterCatalogue;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.suivi.Suivi;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A measure the cell only follows (the catalogue says so, as data) is recorded with its dates and where it stands,
 * never granted nor refused, and never gets a letter; decisions recorded on such measures before version 15 become
 * followed entries. On H2, and on PostgreSQL on its run.
 */
class MesuresSuiviesTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    @TempDir
    Path dossier;

    private static Utilisateur coordinatrice(BaseDeDonnees base) {
        return new Utilisateur(base.membres().findAll().stream().filter(m -> m.role() == Role.COORDINATRICE)
                .findFirst().orElseThrow().id(), "coordinatrice", Role.COORDINATRICE);
    }

    /** The catalogue, edited as data: the cell now follows the measure of this request rather than deciding it. */
    private static void suivreLaMesure(BaseDeDonnees base, Utilisateur acteur, Demande demande) {
        RegleMesure r = new ConsulterCatalogue(base, () -> acteur).catalogue().regle(demande.mesure());
        base.catalogueMesures().save(new RegleMesure(r.mesure(), r.unite(), r.dureeMax(), r.renouvellementsMax(),
                r.dureeMaxTotaleParArret(), r.accordsRequis(), r.statutsEligibles(), r.arretMinimumJours(),
                r.coutUnitaireMax(), true, r.reference()));
    }

    private static SaisieDecision saisie(Demande demande, IssueDecision issue, String constat) {
        return new SaisieDecision(demande.id(), issue, AvisMedical.NON_RENDU, constat, "", LocalDate.of(2026, 12, 15),
                LocalDate.of(2026, 12, 15), null, "", null, "", List.of());
    }

    @Test
    void a_followed_measure_is_recorded_as_followed_never_decided_and_gets_no_letter() {
        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("cellule"))) {
            new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
            Utilisateur acteur = coordinatrice(base);
            TenirSeance tenir = new TenirSeance(base, HORLOGE, () -> acteur);
            DeciderEnSeance decider = new DeciderEnSeance(base, HORLOGE, new SeancesDesDecisions(base), () -> acteur);
            Seance seance = SeanceDeDemo.ouverteAuComplet(base, tenir);
            List<UUID> decidees = SeanceDeDemo.demandesDecidees(base, seance);
            Demande suivie = base.demandes().get(decidees.get(0));
            Demande decidee = decidees.stream().map(base.demandes()::get)
                    .filter(d -> d.mesure() != suivie.mesure()).findFirst().orElseThrow();
            suivreLaMesure(base, acteur, suivie);

            assertThatThrownBy(() -> decider.decider(seance.id(), saisie(suivie, IssueDecision.ACCORD, "")))
                    .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.getMessage())
                            .contains("la cellule suit la mesure « " + suivie.mesure().libelle() + " » sans la "
                                    + "décider", "sans accord ni refus"));
            assertThatThrownBy(() -> decider.decider(seance.id(), saisie(suivie, IssueDecision.SUIVIE, "")))
                    .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.getMessage())
                            .contains("indiquez où en est la mesure suivie"));
            assertThatThrownBy(() -> decider.decider(seance.id(),
                    saisie(decidee, IssueDecision.SUIVIE, "Réalisée.")))
                    .isInstanceOfSatisfying(SaisieInvalideException.class, e -> assertThat(e.getMessage())
                            .contains("la cellule décide de la mesure « " + decidee.mesure().libelle() + " »"));

            Decision enregistree = decider.decider(seance.id(),
                    saisie(suivie, IssueDecision.SUIVIE, "Prévue le 15 décembre avec le médecin du travail."));
            decider.decider(seance.id(), SeanceDeDemo.saisie(decidee.id(), IssueDecision.REFUS));
            tenir.cloturer(seance.id());
            assertThat(enregistree.dateDebutAccordee()).isEqualTo(LocalDate.of(2026, 12, 15));
            assertThat(base.suivis().findAll()).filteredOn(s -> enregistree.id().equals(s.decisionId()))
                    .extracting(Suivi::echeance).as("dans les suivis").containsExactly(LocalDate.of(2026, 12, 15));

            GenerateurFactice generateur = new GenerateurFactice();
            GenerateurFactice.documents(base, HORLOGE, generateur, () -> acteur).generer(seance.id(), Optional.empty(),
                    (faits, total) -> { });

            assertThat(generateur.lettres).isNotEmpty().doesNotContain(enregistree.id());
            assertThat(base.notifications().findByDecision(enregistree.id())).isEmpty();
        }
    }

    @Test
    void the_migration_turns_decisions_on_followed_measures_into_followed_entries_keeping_their_history()
            throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("ancienne")).migreeJusqua("14");
        try (Connection connexion = acces.connexion(); Statement sql = connexion.createStatement()) {
            sql.execute("INSERT INTO assure (id, version, nir, nom, prenom, adresse_ligne1, adresse_ligne2, "
                    + "code_postal, ville, email, telephone, statut, emploi) VALUES "
                    + "('00000000-0000-0000-0000-000000000001', 0, '269054958815780', 'Test', 'Anne', "
                    + "'', '', '', '', '', '', 'SALARIE', '')");
            sql.execute("INSERT INTO situation (id, version, numero_dossier, assure_id, date_signalement, origine, "
                    + "risque, urgent, urgent_motif, complexe, complexe_motif, notes_sociales, avis_medical, statut) "
                    + "VALUES ('00000000-0000-0000-0000-000000000002', 0, 'PDP-2025-0001', "
                    + "'00000000-0000-0000-0000-000000000001', DATE '2025-03-01', 'SERVICE_MEDICAL', 'MALADIE', "
                    + "FALSE, '', FALSE, '', '', '', 'OUVERTE')");
            demande(sql, 3, "VISITE_PRE_REPRISE");
            demande(sql, 4, "ESSAI_ENCADRE");
            decision(sql, 5, 3, "REFUS", "Demande tardive.");
            decision(sql, 6, 4, "ACCORD", "");
            notification(sql, 7, 5, "SIGNEE");
            notification(sql, 8, 5, "ENVOYEE");
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("ancienne"))) {
            Decision suivie = base.decisions().get(id(5));
            assertThat(suivie.issue()).isEqualTo(IssueDecision.SUIVIE);
            assertThat(suivie.motifs()).isEqualTo("Enregistrée comme « Refus » avant que la cellule ne suive la "
                    + "mesure sans la décider. Demande tardive.");
            assertThat(base.decisions().get(id(6)).issue()).as("mesure décidée").isEqualTo(IssueDecision.ACCORD);
            assertThat(base.notifications().findByDecision(id(5))).extracting(n -> n.id())
                    .as("le courrier envoyé reste, celui qui ne l'était pas est retiré").containsExactly(id(8));
        }
    }

    private static UUID id(int n) {
        return UUID.fromString(String.format("00000000-0000-0000-0000-%012d", n));
    }

    private static void demande(Statement sql, int n, String mesure) throws SQLException {
        sql.execute("INSERT INTO demande (id, version, situation_id, mesure, libelle_autre, date_demande, tuteur, "
                + "prescripteur, renouvellement, financement, avis_technique, statut) VALUES ('" + id(n) + "', 0, '"
                + id(2) + "', '" + mesure + "', '', DATE '2026-10-01', '', '', FALSE, '', '', 'DECIDEE')");
    }

    private static void decision(Statement sql, int n, int demande, String issue, String motifs) throws SQLException {
        sql.execute("INSERT INTO decision (id, version, demande_id, issue, avis_medical, motifs, conditions, "
                + "elements_manquants, derogation, decidee_le) VALUES ('" + id(n) + "', 0, '" + id(demande) + "', '"
                + issue + "', 'FAVORABLE', '" + motifs + "', '', '', '', TIMESTAMP WITH TIME ZONE "
                + "'2026-10-10 14:00:00+02:00')");
    }

    private static void notification(Statement sql, int n, int decision, String statut) throws SQLException {
        sql.execute("INSERT INTO notification (id, version, decision_id, destinataire, canal, statut, sha256, "
                + "tentatives, derniere_erreur) VALUES ('" + id(n) + "', 0, '" + id(decision) + "', 'ASSURE', "
                + "'COURRIER', '" + statut + "', '', 0, '')");
    }
}
