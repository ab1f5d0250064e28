package fr.cellulepdp.persistence.decision;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.ParametrerRecoursSurAjournement;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.GenerateurFactice;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.VoiesDeRecours;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cell decides whether its adjournment letters give the appeal route (decision 0033): saved and read back by the
 * coordinatrice only; once on, a meeting whose only letter needing a route is an adjournment cannot be given its
 * documents while the directory lacks the appeal body, and the message names it and the setting that asks for it.
 */
class RecoursAjournementTest {

    private static final Horloge HORLOGE = Horloge.fixe(Instant.parse("2026-11-30T14:00:00Z"));

    @TempDir
    Path dossier;

    @Test
    void an_adjournment_giving_the_route_blocks_generation_while_the_appeal_body_is_missing() {
        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("cellule"))) {
            new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
            Utilisateur coordinatrice = new Utilisateur(base.membres().findAll().stream()
                    .filter(m -> m.role() == Role.COORDINATRICE).findFirst().orElseThrow().id(), "c",
                    Role.COORDINATRICE);
            Seance seance = base.seances().findAll().stream().filter(Seance::estCloturee)
                    .filter(s -> base.decisions().findBySeance(s.id()).stream()
                            .anyMatch(d -> d.issue() == IssueDecision.AJOURNEMENT))
                    .max(Comparator.comparing(Seance::date)).orElseThrow();
            // only the adjournment may need a route: the meeting's refusals become « sans objet »
            for (Decision d : base.decisions().findBySeance(seance.id())) {
                if (VoiesDeRecours.refuse(d)) {
                    base.decisions().save(sansObjet(d));
                }
            }
            base.organisations().findAll().stream().filter(o -> o.type() == TypeOrganisation.RECOURS)
                    .forEach(o -> base.organisations().save(o.avecActif(false)));
            ParametrerRecoursSurAjournement reglage = new ParametrerRecoursSurAjournement(base, HORLOGE, () -> coordinatrice);
            GenererDocumentsSeance documents = GenerateurFactice.documents(base, HORLOGE, new GenerateurFactice(),
                    () -> coordinatrice);

            assertThat(reglage.lire()).as("par défaut").isFalse();
            assertThatThrownBy(() -> new ParametrerRecoursSurAjournement(base, HORLOGE, () -> new Utilisateur(UUID.randomUUID(), "r", Role.REFERENT_SOCIAL)).modifier(true)).isInstanceOf(SaisieInvalideException.class).hasMessageContaining("seule la coordinatrice");
            reglage.modifier(true);
            assertThat(reglage.lire()).isTrue();

            int lettres = base.notifications().findAll().size();
            assertThatThrownBy(() -> documents.generer(seance.id(), Optional.empty(), (f, t) -> { }))
                    .isInstanceOf(SaisieInvalideException.class)
                    .hasMessageContaining("les courriers ne peuvent pas être produits, il manque : la voie de recours "
                            + "avec son adresse postale (Annuaire, type « Voie de recours (commission de recours "
                            + "amiable…) »), que vos courriers d’ajournement donnent (Paramètres › Courriers, « Les "
                            + "courriers d’ajournement donnent la voie de recours »)");
            assertThat(base.notifications().findAll()).as("rien d'enregistré").hasSize(lettres);

            reglage.modifier(false);
            assertThat(documents.generer(seance.id(), Optional.empty(), (f, t) -> { })).isNotEmpty();
        }
    }

    private static Decision sansObjet(Decision d) {
        return new Decision(d.id(), d.version(), d.demandeId(), d.seanceId(), IssueDecision.SANS_OBJET,
                d.avisMedical(), "Reprise du travail.", "", null, null, null, "", null, "", d.rectifieDecisionId(),
                d.decideeLe(), d.decideeParId(), d.referentMedicalUrgenceId(), d.suivisPrevus());
    }
}
