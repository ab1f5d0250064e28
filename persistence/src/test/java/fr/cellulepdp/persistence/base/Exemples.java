package fr.cellulepdp.persistence.base;

import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.EtatPresence;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Consentement;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Siret;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.suivi.Suivi;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fully populated synthetic objects, every field set, for round-trip tests. */
public final class Exemples {

    public static final UUID CELLULE = id("cellule");
    public static final UUID COORDINATRICE = id("coordinatrice");
    public static final UUID REFERENTE = id("referente");
    public static final UUID ASSURE = id("assure");
    public static final UUID SITUATION = id("situation");
    public static final UUID DEMANDE = id("demande");
    public static final UUID SEANCE = id("seance");
    static final UUID POINT = id("point");
    public static final UUID DECISION = id("decision");

    private Exemples() {
    }

    public static UUID id(String nom) {
        return UUID.nameUUIDFromBytes(nom.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Cellule cellule() {
        return new Cellule(CELLULE, 0, "Cellule locale PDP 58", "CPAM de la Nièvre",
                new Adresse("1 rue de l'Exemple", "BP 1", "58000", "Nevers"), "03 00 00 00 00", "pdp@exemple.fr",
                "Exemple", "Responsable du service social", new RegleQuorum(true, 1, 2, 0), 2, 10, "", "", false,
                "Claire", "Pour le directeur et par délégation", "Nevers");
    }

    public static fr.cellulepdp.model.annuaire.Organisation organisation() {
        return new fr.cellulepdp.model.annuaire.Organisation(id("organisation"), 0,
                fr.cellulepdp.model.annuaire.TypeOrganisation.SANTE_TRAVAIL, "SPSTI Exemple",
                new Adresse("5 rue Fictive", "", "58000", "Nevers"), "spsti@exemple.fr", "03 00 00 00 01", true);
    }

    public static Membre membre(UUID id, Role role) {
        return new Membre(id, 0, "Mme", "Prénom" + role.ordinal(), "Nom" + role.ordinal(), "Fonction",
                "CPAM de la Nièvre", role, "membre" + role.ordinal() + "@exemple.fr", true, false);
    }

    public static Assure assure() {
        return new Assure(ASSURE, 0, Nir.de("2 69 05 49 588 157 80"), "Dupont-Essai", "Camille",
                LocalDate.of(1969, 5, 12), Sexe.FEMININ, new Adresse("3 place Fictive", "", "58000", "Nevers"),
                "camille@exemple.fr", "06 00 00 00 00", StatutAssure.SALARIE,
                new Entreprise("Menuiserie Exemple", Siret.de("73282932000074")), "Menuisière");
    }

    public static Situation situation() {
        return new Situation(SITUATION, 0, "PDP-2026-0001", ASSURE, REFERENTE, LocalDate.of(2026, 9, 1),
                Origine.MEDECIN_TRAVAIL, Risque.ACCIDENT_TRAVAIL, LocalDate.of(2026, 6, 15), LocalDate.of(2027, 1, 31),
                new Consentement(LocalDate.of(2026, 9, 3), Set.of(Partenaire.CAP_EMPLOI, Partenaire.EMPLOYEUR), null),
                Drapeau.leve("fin des IJ proche"), Drapeau.leve("plusieurs employeurs"), "notes sociales",
                "avis médical réservé", StatutSituation.SUIVIE, null, null, "SPSTI de la Nièvre (fictif)");
    }

    public static Demande demande() {
        return new Demande(DEMANDE, 0, SITUATION, TypeMesure.ESSAI_ENCADRE, "", LocalDate.of(2026, 10, 1),
                new Entreprise("Atelier Accueil", Siret.de("73282932000074")), "M. Tuteur", "Service social",
                LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 14), 12, false, new BigDecimal("150.5"),
                "FNASS", "avis technique favorable",
                Set.of(AccordMedical.MEDECIN_TRAITANT, AccordMedical.MEDECIN_CONSEIL), StatutDemande.INSCRITE);
    }

    /** The cell, its two members, the person, her file and its request, saved: what a meeting's item needs. */
    public static void enregistrerJusquALaDemande(BaseDeDonnees base) {
        base.cellules().save(cellule());
        base.membres().save(membre(COORDINATRICE, Role.COORDINATRICE));
        base.membres().save(membre(REFERENTE, Role.REFERENT_SOCIAL));
        base.assures().save(assure());
        base.situations().save(situation());
        base.demandes().save(demande());
    }

    public static Seance seance() {
        return new Seance(SEANCE, 0, 12, LocalDate.of(2026, 11, 20), LocalTime.of(14, 0), "Salle 3",
                "https://visio.exemple.fr/pdp", StatutSeance.OUVERTE, REFERENTE,
                List.of(new Presence(COORDINATRICE, EtatPresence.PRESENT), new Presence(REFERENTE, EtatPresence.EXCUSE)),
                List.of("Invitée Un", "Invité Deux"),
                List.of(new PointOrdreDuJour(POINT, SITUATION, List.of(DEMANDE), CategoriePoint.URGENT, 15,
                        Set.of(REFERENTE))), "");
    }

    public static Decision decision() {
        return new Decision(DECISION, 0, DEMANDE, SEANCE, IssueDecision.ACCORD_SOUS_RESERVE, AvisMedical.FAVORABLE,
                "motifs", "sous réserve de l'accord du médecin du travail", LocalDate.of(2026, 11, 2),
                LocalDate.of(2026, 11, 14), new BigDecimal("150.50"), "", null, "", null,
                Instant.parse("2026-11-20T14:25:31.123456789Z"), COORDINATRICE, null,
                List.of(new SuiviPrevu("Bilan de fin d'essai", REFERENTE, LocalDate.of(2026, 11, 30)),
                        new SuiviPrevu("Appeler le tuteur", null, LocalDate.of(2026, 11, 21))));
    }

    public static Suivi suivi() {
        return new Suivi(id("suivi"), 0, SITUATION, DECISION, "Bilan de fin d'essai encadré", REFERENTE,
                LocalDate.of(2026, 11, 20), null, "");
    }

    public static Notification notification() {
        return new Notification(id("notification"), 0, DECISION, Destinataire.ASSURE, CanalEnvoi.EMAIL,
                StatutNotification.ECHEC, "ab".repeat(32), 2, null, "550 boîte inconnue", "anne.roy@exemple.fr",
                "<notification@cellule-pdp>", Instant.parse("2026-11-21T10:00:00Z"));
    }

    public static Situation situationCloturee(Situation s) {
        return new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(), s.referentSocialId(),
                s.dateSignalement(), s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(),
                new Consentement(s.consentement().dateRecueil(), Set.of(Partenaire.FRANCE_TRAVAIL),
                        LocalDate.of(2026, 12, 1)),
                Drapeau.BAISSE, s.complexe(), s.notesSociales(), s.avisMedical(), StatutSituation.CLOTUREE,
                IssueSituation.RECONVERSION, LocalDate.of(2026, 12, 15), s.serviceSanteTravail());
    }
}
