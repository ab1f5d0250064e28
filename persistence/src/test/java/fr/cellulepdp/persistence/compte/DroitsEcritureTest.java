package fr.cellulepdp.persistence.compte;

import fr.cellulepdp.persistence.cellule.MiseEnPlaceCelluleTest;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import fr.cellulepdp.model.annuaire.GererAnnuaire;
import fr.cellulepdp.model.cellule.GererMembres;
import fr.cellulepdp.model.cellule.ParametrerCellule;
import fr.cellulepdp.model.cellule.ParametrerDocuments;
import fr.cellulepdp.model.cellule.ParametrerProtection;
import fr.cellulepdp.model.cellule.ParametrerQuorum;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.compte.GererComptes;
import fr.cellulepdp.model.decision.DeciderEnSeance;
import fr.cellulepdp.model.decision.DeciderEnUrgence;
import fr.cellulepdp.model.decision.GererMotifsTypes;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.RectifierDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.GererDemandes;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.document.GererModelesCourrier;
import fr.cellulepdp.model.importation.ImporterListeIj60;
import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.notification.EnvoyerCourriers;
import fr.cellulepdp.model.notification.ParametrerSmtp;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.SuivreCourriers;
import fr.cellulepdp.model.protection.ConserverDonnees;
import fr.cellulepdp.model.protection.ExporterDonneesPersonne;
import fr.cellulepdp.model.seance.PlanSeance;
import fr.cellulepdp.model.seance.PreparerSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.SeancesDesDecisions;
import fr.cellulepdp.model.seance.TenirSeance;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.situation.CreerSituation;
import fr.cellulepdp.model.situation.ModifierSituation;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every use case that writes, with every role, on the hand-built cell of {@link JeuIndicateurs}: a role the rules
 * of DESIGN.md §2 do not allow is refused by the use case itself, in French, before anything is written (the audit
 * trail does not move); an allowed role gets past the rights check (its call may then fail on the test's rough
 * input, which is not what this test looks at).
 */
class DroitsEcritureTest extends SurBaseTemporaire {

    private static final List<String> REFUS = List.of("seule la coordinatrice", "les dossiers sont créés et modifiés",
            "un partenaire donne son avis", "seuls les référents médicaux écrivent");
    private final Horloge horloge = Horloge.fixe(Instant.parse("2026-11-23T10:00:00Z"));

    @BeforeEach
    void preparer() {
        JeuIndicateurs.charger(base);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_writing_use_case_refuses_the_roles_it_does_not_allow(Role role) {
        Utilisateur acteur = new Utilisateur(null, "essai", role);
        UUID seance = base.seances().findAll().get(0).id();
        Seance lue = base.seances().get(seance);
        Demande demande = base.demandes().findAll().get(0);
        Predicate<Role> coordinatrice = r -> r == Role.COORDINATRICE;
        Predicate<Role> dossiers = Role::ecritDossiers;
        Predicate<Role> interne = Role::estInterne;

        Map<String, Cas> cas = new LinkedHashMap<>();
        cas.put("créer une situation", new Cas(dossiers, a -> new CreerSituation(base, horloge, () -> a).creer(null)));
        cas.put("modifier une situation", new Cas(dossiers,
                a -> new ModifierSituation(base, horloge, () -> a).modifier(null, null, null, null)));
        cas.put("enregistrer une demande", new Cas(dossiers,
                a -> new GererDemandes(base, horloge, () -> a).enregistrer(demande)));
        cas.put("retirer une demande", new Cas(dossiers, a -> new GererDemandes(base, horloge, () -> a).retirer(demande)));
        cas.put("importer une liste IJ 60 jours", new Cas(dossiers,
                a -> new ImporterListeIj60(base, horloge, () -> a).apercu(List.of())));
        cas.put("écrire l'avis médical", new Cas(r -> r == Role.REFERENT_MEDICAL,
                a -> new AvisMedicalSituation(base, horloge, () -> a).enregistrer(JeuIndicateurs.S1, "avis")));
        cas.put("planifier une séance", new Cas(coordinatrice, a -> new PreparerSeance(base, horloge, () -> a).planifier(new PlanSeance(null, LocalDate.of(2027, 1, 4), null, "Salle 1", "", null, List.of()))));
        cas.put("arrêter l'ordre du jour", new Cas(coordinatrice,
                a -> new PreparerSeance(base, horloge, () -> a).enregistrerOrdreDuJour(lue, lue.ordreDuJour())));
        cas.put("ouvrir la séance", new Cas(coordinatrice, a -> tenir(a).ouvrir(seance, true)));
        cas.put("enregistrer les présences", new Cas(interne,
                a -> tenir(a).enregistrerPresences(seance, lue.presences(), List.of())));
        cas.put("décider", new Cas(interne, a -> new DeciderEnSeance(base, horloge, seances(), () -> a).decider(seance,
                SeanceDeDemo.saisie(demande.id(), IssueDecision.ACCORD), 0)));
        cas.put("siéger sans quorum", new Cas(coordinatrice, a -> tenir(a).siegerSansQuorum(seance, "motif")));
        cas.put("clôturer la séance", new Cas(coordinatrice, a -> tenir(a).cloturer(seance)));
        cas.put("rectifier une décision", new Cas(coordinatrice, a -> new RectifierDecision(base, horloge, seances(), () -> a)
                .rectifier(UUID.randomUUID(),
                SeanceDeDemo.saisie(demande.id(), IssueDecision.REFUS))));
        cas.put("décider en urgence", new Cas(coordinatrice, a -> new DeciderEnUrgence(base, horloge, seances(), () -> a)
                .decider(JeuIndicateurs.REFERENT_MEDICAL, SeanceDeDemo.saisie(demande.id(), IssueDecision.ACCORD))));
        cas.put("marquer un suivi réalisé", new Cas(interne, a -> new SuivreSuivis(base, horloge, () -> a)
                .marquerRealise(UUID.randomUUID(), 0, LocalDate.of(2026, 11, 23), "")));
        cas.put("produire les documents", new Cas(coordinatrice, a -> new GenererDocumentsSeance(base, null, null,
                horloge, null, null, () -> a).generer(seance, java.util.Optional.empty(), (f, t) -> { })));
        cas.put("envoyer les courriels", new Cas(coordinatrice, a -> new EnvoyerCourriers(base, null, null, horloge, () -> a)
                .envoyer((f, t) -> { })));
        cas.put("envoyer les rappels de suivis", new Cas(coordinatrice, a -> new fr.cellulepdp.model.suivi
                .EnvoyerRappels(base, null, null, horloge, () -> a).preparerEtEnvoyer()));
        cas.put("régler les rappels", new Cas(coordinatrice, a -> new fr.cellulepdp.model.suivi.ReglerRappels(base,
                horloge, () -> a).enregistrer(true, 7, 8)));
        cas.put("produire les courriers de mise à disposition", new Cas(coordinatrice, a ->
                new fr.cellulepdp.model.importation.ProduireMisesADisposition(base, null, null, horloge, () -> a)
                        .produire(List.of(), n -> c -> { })));
        cas.put("modèle du courrier de mise à disposition", new Cas(coordinatrice, a ->
                new fr.cellulepdp.model.importation.ProduireMisesADisposition(base, null, null, horloge, () -> a)
                        .enregistrerModele("Bonjour")));
        cas.put("marquer postés les courriers de mise à disposition", new Cas(coordinatrice, a ->
                new fr.cellulepdp.model.importation.ProduireMisesADisposition(base, null, null, horloge, () -> a)
                        .marquerPostes()));
        cas.put("marquer les courriers postés", new Cas(coordinatrice,
                a -> new SuivreCourriers(base, horloge, () -> a).marquerPostes(seance)));
        cas.put("paramétrer le serveur d'envoi", new Cas(coordinatrice, a -> new ParametrerSmtp(base, null, horloge, () -> a)
                .enregistrer("smtp.example", 587, SecuriteSmtp.STARTTLS, "", null, "a@b.example", "Cellule")));
        cas.put("modifier un modèle de courrier", new Cas(coordinatrice, a -> new GererModelesCourrier(base, horloge, () -> a)
                .enregistrer(IssueDecision.REFUS, "Refus : {{decision.motifs}}")));
        cas.put("ajouter une phrase type", new Cas(coordinatrice,
                a -> new GererMotifsTypes(base, horloge, () -> a).ajouter("Phrase")));
        cas.put("choisir le certificat", new Cas(coordinatrice,
                a -> new ParametrerDocuments(base, horloge, () -> a).choisirCertificat("/tmp/c.p12")));
        cas.put("changer le quorum", new Cas(coordinatrice,
                a -> new ParametrerQuorum(base, horloge, () -> a).modifier(RegleQuorum.PAR_DEFAUT)));
        cas.put("régler la protection des données", new Cas(coordinatrice,
                a -> new ParametrerProtection(base, horloge, () -> a).modifier(2, 10, false)));
        cas.put("créer un compte", new Cas(coordinatrice, a -> new GererComptes(base, new HachageArgon2(), horloge, () -> a)
                .creer("nouveau", null, Role.REFERENT_SOCIAL, null, null)));
        cas.put("renseigner la cellule", new Cas(coordinatrice, a -> new ParametrerCellule(base, horloge, () -> a)
                .enregistrer(MiseEnPlaceCelluleTest.ficheCellule(), 0)));
        cas.put("ajouter un membre", new Cas(coordinatrice, a -> new GererMembres(base, horloge, () -> a).ajouter(null)));
        cas.put("modifier un membre", new Cas(coordinatrice, a -> new GererMembres(base, horloge, () -> a).modifier(base.membres().get(JeuIndicateurs.REFERENT_MEDICAL), null)));
        cas.put("désactiver un membre", new Cas(coordinatrice, a -> new GererMembres(base, horloge, () -> a).activer(UUID.randomUUID(), false)));
        cas.put("supprimer un membre", new Cas(coordinatrice, a -> new GererMembres(base, horloge, () -> a).supprimer(UUID.randomUUID())));
        cas.put("ajouter sa fiche de membre", new Cas(coordinatrice, a -> new GererMembres(base, horloge, () -> a)
                .ajouterMaFiche(null)));
        cas.put("ajouter un organisme", new Cas(coordinatrice, a -> new GererAnnuaire(base, horloge, () -> a).ajouter(null)));
        cas.put("modifier un organisme", new Cas(coordinatrice, a -> new GererAnnuaire(base, horloge, () -> a).modifier(null, null)));
        cas.put("désactiver un organisme", new Cas(coordinatrice, a -> new GererAnnuaire(base, horloge, () -> a).activer(UUID.randomUUID(), false)));
        cas.put("anonymiser", new Cas(coordinatrice, a -> new ConserverDonnees(base, horloge, () -> a).anonymiser()));
        cas.put("exporter les données d'une personne", new Cas(coordinatrice,
                a -> new ExporterDonneesPersonne(base, null, horloge, () -> a).exporter(UUID.randomUUID())));

        cas.forEach((nom, c) -> {
            int entrees = base.journalAudit().findAll().size();
            Throwable refus = catchThrowable(() -> c.action().accept(acteur));
            boolean refuseParLesDroits = refus instanceof SaisieInvalideException
                    && REFUS.stream().anyMatch(refus.getMessage()::contains);
            assertThat(refuseParLesDroits).as("%s par %s refusé", nom, role).isEqualTo(!c.permis().test(role));
            if (refuseParLesDroits) {
                assertThat(base.journalAudit().findAll()).as("%s par %s : rien d'écrit", nom, role).hasSize(entrees);
            }
        });
    }

    private SeancesDesDecisions seances() {
        return new SeancesDesDecisions(base);
    }

    private TenirSeance tenir(Utilisateur acteur) {
        return new TenirSeance(base, horloge, () -> acteur);
    }

    private record Cas(Predicate<Role> permis, Consumer<Utilisateur> action) {
    }
}
