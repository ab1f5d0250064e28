package fr.cellulepdp.model.indicateur;

import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.stockage.Stockage;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A small hand-built cell whose 2026 figures are known by hand (see {@link CalculerIndicateursTest}):
 * <ul>
 * <li>S1 (woman, 35) referred 10/02/2026 by the medical service, open; S2 (man, 55) referred 05/05/2026 from the
 * IJ 60 list, closed 01/10/2026 kept in the same job; S3 referred in 2025 by the occupational doctor, still open;
 * S4 (no birth date, no sex, no référent) referred 01/07/2026 by the medical service, closed 20/12/2026 with a
 * retraining; S5 closed in 2025 (outside); S6, the same person as S2, referred 01/11/2026 by the employer.</li>
 * <li>Meetings: n° 1 (10/03/2026, closed, 4 convoked, 2 present), n° 2 (15/06/2026, closed, 3/3), n° 3 (15/12/2025,
 * closed, outside), n° 4 (01/12/2026, planned only), n° 5 (10/09/2026, closed, 2/1), n° 6 (20/11/2026, still
 * open, 1/1).</li>
 * <li>Decisions in force in 2026: S1 essai encadré accord (18 days), S2 formation accord sous réserve (36), S2
 * CRPE ajournement (26), S3 PMSMP urgent accord (3), S4 CRPE refus by rectificatif of an accord (67), S4 essai
 * encadré accord (40). Outside: a 2025 refusal, the corrected accord, a decision of the open meeting.</li>
 * </ul>
 */
public final class JeuIndicateurs {

    public static final UUID COORDINATRICE = id("ind-coordinatrice");
    public static final UUID REFERENT_SOCIAL = id("ind-referent-social");
    public static final UUID REFERENT_MEDICAL = id("ind-referent-medical");
    public static final UUID PARTENAIRE = id("ind-partenaire");
    public static final UUID S1 = id("ind-s1");
    public static final UUID S2 = id("ind-s2");
    public static final UUID S3 = id("ind-s3");
    public static final UUID S4 = id("ind-s4");
    public static final UUID S5 = id("ind-s5");
    public static final UUID S6 = id("ind-s6");

    private final Stockage stockage;
    private int demandes;

    private JeuIndicateurs(Stockage stockage) {
        this.stockage = stockage;
    }

    private static UUID id(String nom) {
        return UUID.nameUUIDFromBytes(nom.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static void charger(Stockage stockage) {
        new JeuIndicateurs(stockage).charger();
    }

    /**
     * S1 shared with Cap Emploi (the partner's organisation); S2 with occupational health only; S3 withdrawn on
     * 1 November 2026; S4 for Cap Emploi from {@code debutS4} (after the tests' day); S5 and S6 none.
     */
    public static void consentementsVaries(Stockage stockage, LocalDate debutS4) {
        var capEmploi = Set.of(fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI);
        var octobre = LocalDate.of(2026, 10, 1);
        consentir(stockage, S1, new fr.cellulepdp.model.situation.Consentement(octobre, capEmploi, null));
        consentir(stockage, S2, new fr.cellulepdp.model.situation.Consentement(octobre,
                Set.of(fr.cellulepdp.model.cellule.Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), null));
        consentir(stockage, S3, new fr.cellulepdp.model.situation.Consentement(octobre, capEmploi,
                LocalDate.of(2026, 11, 1)));
        consentir(stockage, S4, new fr.cellulepdp.model.situation.Consentement(debutS4, capEmploi, null));
    }

    /** Replaces the consent of situation {@code id}. */
    static void consentir(Stockage stockage, UUID id, fr.cellulepdp.model.situation.Consentement consentement) {
        Situation s = stockage.situations().get(id);
        stockage.situations().save(new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(),
                s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(),
                consentement, s.urgent(), s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(),
                s.dateCloture(), s.serviceSanteTravail()));
    }

    /** The NIR of the person of situation {@code id}. */
    public static String nir(Stockage stockage, UUID id) {
        return stockage.assures().get(stockage.situations().get(id).assureId()).nir().valeur();
    }

    private void charger() {
        membre(COORDINATRICE, Role.COORDINATRICE);
        membre(REFERENT_SOCIAL, Role.REFERENT_SOCIAL);
        membre(REFERENT_MEDICAL, Role.REFERENT_MEDICAL);
        membre(PARTENAIRE, Role.PARTENAIRE);
        UUID a1 = assure(1, "Alpha", LocalDate.of(1990, 3, 1), Sexe.FEMININ);
        UUID a2 = assure(2, "Bravo", LocalDate.of(1970, 6, 1), Sexe.MASCULIN);
        UUID a3 = assure(3, "Charlie", LocalDate.of(2000, 1, 1), Sexe.FEMININ);
        UUID a4 = assure(4, "Delta", null, null);
        UUID a5 = assure(5, "Echo", LocalDate.of(1960, 2, 2), Sexe.FEMININ);
        situation(S1, 1, a1, REFERENT_SOCIAL, LocalDate.of(2026, 2, 10), Origine.SERVICE_MEDICAL, Risque.MALADIE,
                null, null);
        situation(S2, 2, a2, REFERENT_SOCIAL, LocalDate.of(2026, 5, 5), Origine.REQUETE_IJ_60J,
                Risque.ACCIDENT_TRAVAIL, IssueSituation.MAINTIEN_MEME_POSTE, LocalDate.of(2026, 10, 1));
        situation(S3, 3, a3, REFERENT_SOCIAL, LocalDate.of(2025, 11, 20), Origine.MEDECIN_TRAVAIL, Risque.MALADIE,
                null, null);
        situation(S4, 4, a4, null, LocalDate.of(2026, 7, 1), Origine.SERVICE_MEDICAL,
                Risque.MALADIE_PROFESSIONNELLE, IssueSituation.RECONVERSION, LocalDate.of(2026, 12, 20));
        situation(S5, 5, a5, REFERENT_SOCIAL, LocalDate.of(2024, 1, 10), Origine.EMPLOYEUR, Risque.MALADIE,
                IssueSituation.LICENCIEMENT_INAPTITUDE, LocalDate.of(2025, 6, 1));
        situation(S6, 6, a2, REFERENT_SOCIAL, LocalDate.of(2026, 11, 1), Origine.EMPLOYEUR, Risque.ACCIDENT_TRAVAIL,
                null, null);

        UUID seance1 = seance(1, LocalDate.of(2026, 3, 10), StatutSeance.CLOTUREE, List.of(
                present(COORDINATRICE), present(REFERENT_SOCIAL),
                new Presence(REFERENT_MEDICAL, EtatPresence.EXCUSE), new Presence(PARTENAIRE, EtatPresence.ABSENT)));
        UUID seance2 = seance(2, LocalDate.of(2026, 6, 15), StatutSeance.CLOTUREE, List.of(
                present(COORDINATRICE), present(REFERENT_SOCIAL), present(REFERENT_MEDICAL)));
        UUID seance3 = seance(3, LocalDate.of(2025, 12, 15), StatutSeance.CLOTUREE, List.of(present(COORDINATRICE)));
        seance(4, LocalDate.of(2026, 12, 1), StatutSeance.PLANIFIEE, List.of(present(COORDINATRICE)));
        UUID seance5 = seance(5, LocalDate.of(2026, 9, 10), StatutSeance.CLOTUREE, List.of(
                present(COORDINATRICE), new Presence(REFERENT_SOCIAL, EtatPresence.ABSENT)));
        UUID seance6 = seance(6, LocalDate.of(2026, 11, 20), StatutSeance.OUVERTE, List.of(present(COORDINATRICE)));

        decision(demande(S1, TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 2, 20)), seance1, IssueDecision.ACCORD, null,
                "2026-03-10T14:00:00Z");
        decision(demande(S2, TypeMesure.FORMATION, LocalDate.of(2026, 5, 10)), seance2,
                IssueDecision.ACCORD_SOUS_RESERVE, null, "2026-06-15T14:00:00Z");
        decision(demande(S2, TypeMesure.CRPE, LocalDate.of(2026, 5, 20)), seance2, IssueDecision.AJOURNEMENT, null,
                "2026-06-15T14:10:00Z");
        decision(demande(S3, TypeMesure.BILAN_COMPETENCES, LocalDate.of(2025, 12, 1)), seance3, IssueDecision.REFUS,
                null, "2025-12-15T14:00:00Z");
        decision(demande(S3, TypeMesure.PMSMP, LocalDate.of(2026, 3, 30)), null, IssueDecision.ACCORD, null,
                "2026-04-02T10:00:00Z");
        UUID crpe = demande(S4, TypeMesure.CRPE, LocalDate.of(2026, 7, 5));
        UUID corrigee = decision(crpe, seance5, IssueDecision.ACCORD, null, "2026-09-10T14:00:00Z");
        decision(crpe, seance5, IssueDecision.REFUS, corrigee, "2026-09-12T09:00:00Z");
        decision(demande(S4, TypeMesure.ESSAI_ENCADRE, LocalDate.of(2026, 8, 1)), seance5, IssueDecision.ACCORD, null,
                "2026-09-10T14:20:00Z");
        decision(demande(S6, TypeMesure.VAE, LocalDate.of(2026, 11, 5)), seance6, IssueDecision.ACCORD, null,
                "2026-11-20T14:00:00Z");
    }

    private void membre(UUID id, Role role) {
        // the partner comes from Cap Emploi: the files whose consent covers Cap Emploi are theirs to see
        stockage.membres().save(new Membre(id, 0, "Mme", "Prénom", role.name(), "Fonction", "CPAM", role,
                role.name().toLowerCase(Locale.ROOT) + "@exemple.fr", true, false,
                fr.cellulepdp.model.cellule.Partenaire.CAP_EMPLOI));
    }

    private UUID assure(int i, String nom, LocalDate naissance, Sexe sexe) {
        String corps = "1800158123" + String.format(Locale.ROOT, "%03d", i);
        UUID id = id("ind-assure-" + i);
        stockage.assures().save(new Assure(id, 0, Nir.de(corps + Nir.calculerCle(corps)), nom, "Prénom", naissance,
                sexe, null, "", "", StatutAssure.SALARIE, null, ""));
        return id;
    }

    private void situation(UUID id, int i, UUID assure, UUID referent, LocalDate signalement, Origine origine,
                           Risque risque, IssueSituation issue, LocalDate cloture) {
        stockage.situations().save(new Situation(id, 0, "PDP-IND-" + i, assure, referent, signalement, origine,
                risque, null, null, null, null, null, "", "",
                issue == null ? StatutSituation.SUIVIE : StatutSituation.CLOTUREE, issue, cloture, ""));
    }

    private static Presence present(UUID membre) {
        return new Presence(membre, EtatPresence.PRESENT);
    }

    private UUID seance(int numero, LocalDate date, StatutSeance statut, List<Presence> presences) {
        UUID id = id("ind-seance-" + numero);
        stockage.seances().save(new Seance(id, 0, numero, date, LocalTime.of(14, 0), "Salle", "", statut,
                null, presences, List.of(), List.of(), ""));
        return id;
    }

    private UUID demande(UUID situation, TypeMesure mesure, LocalDate date) {
        UUID id = id("ind-demande-" + ++demandes);
        stockage.demandes().save(new Demande(id, 0, situation, mesure, "", date, null, "", "", null, null, null,
                false, null, "", "", Set.of(), StatutDemande.DECIDEE));
        return id;
    }

    private UUID decision(UUID demande, UUID seance, IssueDecision issue, UUID rectifie, String le) {
        UUID id = UUID.randomUUID();
        stockage.decisions().save(new Decision(id, 0, demande, seance, issue, AvisMedical.NON_RENDU, "motifs", "",
                null, null, null, "", null, "", rectifie, Instant.parse(le), COORDINATRICE, null, List.of()));
        return id;
    }
}
