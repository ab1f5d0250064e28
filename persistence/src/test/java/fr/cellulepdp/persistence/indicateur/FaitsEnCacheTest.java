package fr.cellulepdp.persistence.indicateur;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.indicateur.CalculerIndicateurs;
import fr.cellulepdp.model.indicateur.JeuIndicateurs;
import fr.cellulepdp.model.indicateur.Periode;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.persistence.base.SurBaseTemporaire;
import fr.cellulepdp.persistence.depot.Moteur;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The indicators served from the cache of facts (decision 0046) against the same calculation reading every fact
 * from the tables, on the demo data and the hand-built cell, before and after each kind of change the journal must
 * see: a decision recorded, rectified, deleted, a request withdrawn and edited, a file closed, a person's sex and
 * birth date, a consent, a meeting closed or moved. Without the journal's trigger the figures go stale, and the
 * comparison says so.
 */
class FaitsEnCacheTest extends SurBaseTemporaire {

    private static final List<Periode> PERIODES = List.of(Periode.annee(2025), Periode.annee(2026),
            new Periode(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 30)));

    @Test
    void les_donnees_de_demonstration_puis_chaque_modification_donnent_les_memes_chiffres_que_le_calcul_direct() {
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
        modifierEtComparer();
    }

    @Test
    void la_cellule_construite_a_la_main_puis_chaque_modification_donnent_les_memes_chiffres() {
        JeuIndicateurs.charger(base);
        modifierEtComparer();
    }

    @Test
    void sans_le_declencheur_du_journal_le_cache_serait_perime_et_la_comparaison_le_voit() {
        if (base.contexte().moteur() != Moteur.H2) {
            return;
        }
        JeuIndicateurs.charger(base);
        comparer();
        base.contexte().dsl().execute("DROP TRIGGER tg_indicateurs_decision");
        Decision d = decisionDeSeanceCloturee();
        base.decisions().save(decision(d.demandeId(), d.seanceId(), IssueDecision.REFUS, d.id(), d.decideeLe()));
        Periode annee = Periode.annee(LocalDate.ofInstant(d.decideeLe(), java.time.ZoneOffset.UTC).getYear());
        assertThat(enCache().calculer(annee))
                .isNotEqualTo(direct().calculer(annee));
    }

    @Test
    void sur_h2_le_cache_est_en_place_et_lit_son_journal() {
        if (base.contexte().moteur() != Moteur.H2) {
            return;
        }
        JeuIndicateurs.charger(base);
        assertThat(FaitsEnCache.de(base.contexte().dsl())).isPresent();
        comparer();
        assertThat(lignesDuJournal()).isZero();
        Situation s = base.situations().findAll().get(0);
        base.situations().save(situation(s, s.statut(), s.issue(), s.dateCloture(), s.consentement()));
        assertThat(lignesDuJournal()).isEqualTo(1);
        comparer();
        assertThat(lignesDuJournal()).isZero();
    }

    /**
     * The import writes its batches without the trigger (issue 22) and marks its files in the journal once, at its
     * end, in one statement: the cache still gives the direct figures. Without that marking the comparison fails.
     */
    @Test
    void un_import_marque_ses_dossiers_une_fois_et_le_cache_reste_juste() {
        if (base.contexte().moteur() != Moteur.H2) {
            return;
        }
        JeuIndicateurs.charger(base);
        comparer();
        assertThat(lignesDuJournal()).isZero();
        var import60 = new fr.cellulepdp.model.importation.ImporterListeIj60(base,
                fr.cellulepdp.model.commun.Horloge.fixe(Instant.parse("2026-09-15T09:00:00Z")), Utilisateur::systeme);
        var lignes = fr.cellulepdp.persistence.importation.ImportParLotsTest.lignes(1_500, 300);
        int[] journalPendant = {-1};
        import60.importer(import60.apercu(lignes),
                (faits, total) -> journalPendant[0] = journalPendant[0] < 0 ? lignesDuJournal() : journalPendant[0]);
        assertThat(journalPendant[0]).as("no journal line per row once the first batch went in").isZero();
        assertThat(lignesDuJournal()).as("one line per file, written at the end").isEqualTo(1_500);
        comparer();
    }

    private void modifierEtComparer() {
        comparer();
        comparer(); // warm: served from the cache

        // a decision recorded between meetings, on the first request
        Demande demande = base.demandes().findAll().stream().min(Comparator.comparing(Demande::dateDemande))
                .orElseThrow();
        base.decisions().save(decision(demande.id(), null, IssueDecision.ACCORD, null,
                Instant.parse("2026-04-15T09:00:00Z")));
        comparer();

        // a decision of a closed meeting rectified, then another deleted through its rectificatif's removal
        Decision rectifiee = decisionDeSeanceCloturee();
        Decision rectificatif = decision(rectifiee.demandeId(), rectifiee.seanceId(), IssueDecision.REFUS,
                rectifiee.id(), rectifiee.decideeLe().plusSeconds(3600));
        base.decisions().save(rectificatif);
        comparer();
        base.contexte().dsl().execute("DELETE FROM decision WHERE id = ?", rectificatif.id());
        comparer();

        // a request withdrawn, another changed measure and cost
        List<Demande> demandes = base.demandes().findAll();
        base.demandes().save(demande(demandes.get(0), demandes.get(0).mesure(), demandes.get(0).cout(),
                StatutDemande.RETIREE));
        Demande autre = demandes.get(demandes.size() - 1);
        base.demandes().save(demande(autre, TypeMesure.FORMATION, new BigDecimal("1234.50"), autre.statut()));
        comparer();

        // a file closed in 2026, another's consent given then withdrawn
        Situation ouverte = base.situations().findAll().stream().filter(s -> s.statut() != StatutSituation.CLOTUREE)
                .findFirst().orElseThrow();
        base.situations().save(situation(ouverte, StatutSituation.CLOTUREE, IssueSituation.RECONVERSION,
                LocalDate.of(2026, 6, 30), ouverte.consentement()));
        comparer();
        Situation autreSituation = base.situations().findAll().stream().filter(s -> !s.id().equals(ouverte.id()))
                .findFirst().orElseThrow();
        base.situations().save(situation(autreSituation, autreSituation.statut(), autreSituation.issue(),
                autreSituation.dateCloture(), new Consentement(LocalDate.of(2026, 2, 1),
                        Set.of(Partenaire.CAP_EMPLOI), null)));
        comparer();
        Situation consentie = base.situations().get(autreSituation.id());
        base.situations().save(situation(consentie, consentie.statut(), consentie.issue(), consentie.dateCloture(),
                new Consentement(LocalDate.of(2026, 2, 1), Set.of(Partenaire.CAP_EMPLOI), LocalDate.of(2026, 5, 1))));
        comparer();

        // a person's sex and birth date
        Assure personne = base.assures().get(ouverte.assureId());
        base.assures().save(new Assure(personne.id(), personne.version(), personne.nir(), personne.nom(),
                personne.prenom(), LocalDate.of(1961, 1, 1), personne.sexe() == Sexe.FEMININ ? Sexe.MASCULIN
                : Sexe.FEMININ, personne.adresse(), personne.email(), personne.telephone(), personne.statut(),
                personne.employeur(), personne.emploi(), personne.reconnaissances()));
        comparer();

        // every meeting that is not closed is closed; the first closed one moved to another day
        for (Seance seance : base.seances().findAll()) {
            if (seance.statut() != StatutSeance.CLOTUREE) {
                base.seances().save(seance(seance, seance.date(), StatutSeance.CLOTUREE));
            }
        }
        comparer();
        Seance premiere = base.seances().findAll().stream().min(Comparator.comparing(Seance::date)).orElseThrow();
        base.seances().save(seance(premiere, LocalDate.of(2026, 1, 5), premiere.statut()));
        comparer();
    }

    private Decision decisionDeSeanceCloturee() {
        return base.decisions().findAll().stream()
                .filter(d -> d.seanceId() != null && d.rectifieDecisionId() == null
                        && base.seances().get(d.seanceId()).statut() == StatutSeance.CLOTUREE)
                .max(Comparator.comparing(Decision::decideeLe)).orElseThrow();
    }

    /** Each period twice through the cache (the second from memory) and once reading every fact. */
    private void comparer() {
        for (Periode periode : PERIODES) {
            var attendu = direct().calculer(periode);
            assertThat(enCache().calculer(periode)).as(periode.toString()).isEqualTo(attendu);
            assertThat(enCache().calculer(periode)).as(periode.toString()).isEqualTo(attendu);
        }
    }

    private CalculerIndicateurs enCache() {
        return new CalculerIndicateurs(base, Utilisateur::systeme);
    }

    /** The same use case over a storage whose facts are all read at each call. */
    private CalculerIndicateurs direct() {
        DepotIndicateurs direct = DepotIndicateurs.direct(base.contexte());
        Stockage stockage = (Stockage) Proxy.newProxyInstance(Stockage.class.getClassLoader(),
                new Class<?>[] {Stockage.class}, (proxy, methode, arguments) -> {
                    if (methode.getName().equals("indicateurs")) {
                        return direct;
                    }
                    try {
                        return methode.invoke(base, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return new CalculerIndicateurs(stockage, Utilisateur::systeme);
    }

    private int lignesDuJournal() {
        return base.contexte().dsl().fetchCount(org.jooq.impl.DSL.table(JournalIndicateurs.TABLE));
    }

    private Decision decision(UUID demande, UUID seance, IssueDecision issue, UUID rectifie, Instant le) {
        return new Decision(UUID.randomUUID(), 0, demande, seance, issue, AvisMedical.NON_RENDU, "motifs", "", null,
                null, issue == IssueDecision.ACCORD ? new BigDecimal("800") : null, "", null, "", rectifie, le,
                base.membres().findAll().get(0).id(), null, List.of());
    }

    private static Demande demande(Demande d, TypeMesure mesure, BigDecimal cout, StatutDemande statut) {
        return new Demande(d.id(), d.version(), d.situationId(), mesure, d.libelleAutre(), d.dateDemande(),
                d.entrepriseAccueil(), d.tuteur(), d.prescripteur(), d.dateDebut(), d.dateFin(), d.duree(),
                d.renouvellement(), cout, d.financement(), d.avisTechnique(), d.accordsObtenus(), statut);
    }

    private static Situation situation(Situation s, StatutSituation statut, IssueSituation issue, LocalDate cloture,
                                       Consentement consentement) {
        return new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(), s.referentSocialId(),
                s.dateSignalement(), s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(), consentement,
                s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(), statut, issue, cloture,
                s.serviceSanteTravail());
    }

    private static Seance seance(Seance s, LocalDate date, StatutSeance statut) {
        return new Seance(s.id(), s.version(), s.numero(), date, s.heure(), s.lieu(), s.lienVisio(), statut,
                s.secretaireId(), s.presences(), s.invites(), s.ordreDuJour(), s.derogationQuorum());
    }
}
