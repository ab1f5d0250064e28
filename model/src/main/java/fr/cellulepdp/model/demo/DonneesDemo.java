package fr.cellulepdp.model.demo;

import fr.cellulepdp.model.annuaire.Organisation;
import fr.cellulepdp.model.annuaire.TypeOrganisation;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.RegleQuorum;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.decision.AvisMedical;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.mesure.AccordMedical;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.mesure.CatalogueMesures;
import fr.cellulepdp.model.mesure.JoursOuvrables;
import fr.cellulepdp.model.mesure.RegleMesure;
import fr.cellulepdp.model.mesure.TypeMesure;
import fr.cellulepdp.model.demande.VerificationMesure;
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
import fr.cellulepdp.model.situation.Inaptitude;
import fr.cellulepdp.model.situation.IssueSituation;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.cellule.Partenaire;
import fr.cellulepdp.model.situation.Reconnaissances;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Siret;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.situation.StatutAssure;
import fr.cellulepdp.model.situation.StatutSituation;
import fr.cellulepdp.model.suivi.Suivi;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A realistic, entirely synthetic cell: members of every role, about sixty people with valid NIRs and
 * SIRETs, situations of every origin and risk, requests for every measure, six past meetings with decisions
 * of every outcome and one planned meeting. Seeded, so the same reference date always gives the same data.
 */
public final class DonneesDemo {

    public static final int NOMBRE_PERSONNES = 60;
    static final int SEANCES_PASSEES = 6;
    private static final int POINTS_PAR_SEANCE = 6;
    private static final long GRAINE = 58L;
    /** The demo's occupational-health service, in the directory: the people's files name it. */
    private static final String SPSTI = "SPSTI de la Nièvre (fictif)";
    private static final String PRESCRIPTEUR = "Service social de l'Assurance Maladie";
    private static final IssueDecision[] ISSUES = {IssueDecision.ACCORD, IssueDecision.ACCORD,
            IssueDecision.ACCORD_SOUS_RESERVE, IssueDecision.REFUS, IssueDecision.ACCORD, IssueDecision.AJOURNEMENT,
            IssueDecision.ACCORD, IssueDecision.SANS_OBJET};

    private final Random hasard = new Random(GRAINE);
    private final LocalDate reference;
    private final CatalogueMesures catalogue = CatalogueMesures.parDefaut();
    private final List<Membre> membres = new ArrayList<>();
    private final List<Entreprise> entreprises = new ArrayList<>();
    private final List<Assure> assures = new ArrayList<>();
    private final List<Situation> situations = new ArrayList<>();
    private final List<Demande> demandes = new ArrayList<>();
    private final List<Seance> seances = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<Suivi> suivis = new ArrayList<>();

    private DonneesDemo(LocalDate reference) {
        this.reference = reference;
    }

    /** The demo cell as it stands on {@code reference} (its six past meetings end just before it). */
    public static JeuDemo generer(LocalDate reference) {
        return new DonneesDemo(reference).construire();
    }

    static UUID id(String nature, int numero) {
        return UUID.nameUUIDFromBytes(("demo:" + nature + ":" + numero).getBytes(StandardCharsets.UTF_8));
    }

    private JeuDemo construire() {
        creerMembres();
        creerEntreprises();
        for (int i = 0; i < NOMBRE_PERSONNES; i++) {
            creerPersonne(i);
        }
        tenirLesSeancesPassees();
        planifierLaProchaineSeance();
        Membre coordinatrice = membres.get(0);
        Cellule cellule = new Cellule(id("cellule", 1), 0, "Cellule locale PDP 58", "CPAM de la Nièvre",
                new Adresse("1 rue de l'Exemple", "CS 00001", "58000", "Nevers"), "03 86 00 00 00",
                "cellule-pdp58@exemple.fr", coordinatrice.nom(), coordinatrice.fonction(),
                RegleQuorum.PAR_DEFAUT, 2, 10, "", "", false, coordinatrice.prenom(),
                "Pour le directeur et par délégation", "Nevers");
        return new JeuDemo(cellule, List.copyOf(membres), annuaire(), List.copyOf(assures), List.copyOf(situations),
                List.copyOf(demandes), List.copyOf(seances), List.copyOf(decisions), List.copyOf(suivis),
                catalogue.regles());
    }

    private void creerMembres() {
        membre("Mme", "Hélène", "Martinel", "Responsable du service social", "CPAM de la Nièvre", Role.COORDINATRICE);
        membre("Mme", "Sophie", "Garnier", "Assistante de service social PDP", "Service social de l'Assurance Maladie",
                Role.REFERENT_SOCIAL);
        membre("M.", "Julien", "Perrot", "Assistant de service social PDP", "Service social de l'Assurance Maladie",
                Role.REFERENT_SOCIAL);
        membre("Dr", "Anne", "Lefaucheux", "Médecin-conseil", "Service médical de l'Assurance Maladie",
                Role.REFERENT_MEDICAL);
        membre("M.", "Marc", "Rolland", "Gestionnaire risques professionnels", "CPAM de la Nièvre",
                Role.REFERENT_ADMINISTRATIF);
        membre("Dr", "Paul", "Vernier", "Médecin du travail", SPSTI, Role.PARTENAIRE);
        membre("Mme", "Nadia", "Benali", "Conseillère en insertion", "Cap Emploi 58", Role.PARTENAIRE);
    }

    private void membre(String civilite, String prenom, String nom, String fonction, String organisation, Role role) {
        String email = adresseEmail(prenom.charAt(0) + "." + nom);
        // the partners' kind of organisation, which the people's consent covers or not
        Partenaire partenaire = role != Role.PARTENAIRE ? null : organisation.startsWith("SPSTI")
                ? Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL : Partenaire.CAP_EMPLOI;
        membres.add(new Membre(id("membre", membres.size() + 1), 0, civilite, prenom, nom, fonction, organisation, role,
                email, true, false, partenaire));
    }

    /** The organisations of the demo directory: invented names and addresses on the reserved demo domain. */
    private static List<Organisation> annuaire() {
        return List.of(
                organisation(1, TypeOrganisation.SANTE_TRAVAIL, SPSTI,
                        new Adresse("12 avenue de l'Exemple", "", "58000", "Nevers"), "spsti58@exemple.fr",
                        "03 86 00 00 10"),
                organisation(2, TypeOrganisation.CAP_EMPLOI, "Cap Emploi 58",
                        new Adresse("4 place de l'Essai", "", "58000", "Nevers"), "cap-emploi58@exemple.fr",
                        "03 86 00 00 20"),
                organisation(3, TypeOrganisation.FRANCE_TRAVAIL, "France Travail Nevers (fictif)",
                        new Adresse("8 rue du Modèle", "", "58000", "Nevers"), "", "03 86 00 00 30"),
                organisation(4, TypeOrganisation.RECOURS, "Commission de recours amiable de la CPAM de la Nièvre",
                        new Adresse("1 rue de l'Exemple", "CS 00001", "58000", "Nevers"), "", ""),
                organisation(5, TypeOrganisation.PROTECTION_DONNEES, "Délégué à la protection des données de la CPAM",
                        new Adresse("1 rue de l'Exemple", "CS 00001", "58000", "Nevers"), "dpo-cpam58@exemple.fr",
                        ""),
                // the prescriber of most demo requests: its copies are addressed, like the others
                organisation(6, TypeOrganisation.PRESCRIPTEUR, PRESCRIPTEUR,
                        new Adresse("1 rue de l'Exemple", "CS 00001", "58000", "Nevers"), "", "03 86 00 00 60"),
                // the route of a refusal resting on the medical service's opinion (a regional body: fictitious)
                organisation(7, TypeOrganisation.RECOURS_MEDICAL, "Commission médicale de recours amiable "
                        + "Bourgogne-Franche-Comté (fictive)", new Adresse("3 rue de l'Exemple", "CS 00003", "21000",
                        "Dijon"), "", ""));
    }

    private static Organisation organisation(int n, TypeOrganisation type, String nom, Adresse adresse, String email,
                                             String telephone) {
        return new Organisation(id("organisation", n), 0, type, nom, adresse, email, telephone, true);
    }

    /** A synthetic address on the reserved demo domain, without accents or spaces (Jérôme gives jerome). */
    static String adresseEmail(String partieLocale) {
        return Textes.pourRecherche(partieLocale).replaceAll("[^a-z0-9.-]", "") + "@exemple.fr";
    }

    private Membre referentSocial(int i) {
        return membres.get(1 + i % 2);
    }

    private void creerEntreprises() {
        for (int i = 0; i < NomsDemo.EMPLOYEURS.size(); i++) {
            String treize = String.format(Locale.ROOT, "%09d%04d", 401_000_000 + hasard.nextInt(98_000_000), 10 + i);
            entreprises.add(new Entreprise(NomsDemo.EMPLOYEURS.get(i), Siret.de(treize + Siret.chiffreDeControle(treize))));
        }
    }

    private void creerPersonne(int i) {
        boolean femme = i % 2 == 0;
        String prenom = (femme ? NomsDemo.PRENOMS_FEMININS : NomsDemo.PRENOMS_MASCULINS).get(hasard.nextInt(20));
        String nom = NomsDemo.NOMS.get((i * 7 + hasard.nextInt(3)) % NomsDemo.NOMS.size());
        LocalDate naissance = LocalDate.of(1964 + hasard.nextInt(40), 1 + hasard.nextInt(12), 1 + hasard.nextInt(28));
        StatutAssure statut = statut(i);
        String[] ville = NomsDemo.VILLES.get(hasard.nextInt(NomsDemo.VILLES.size())).split("\\|");
        Entreprise employeur = statut == StatutAssure.DEMANDEUR_EMPLOI ? null
                : entreprises.get(hasard.nextInt(entreprises.size()));
        String email = i % 6 == 5 ? "" : adresseEmail(prenom + "." + nom + i);
        Assure assure = new Assure(id("assure", i), 0, nir(i, femme, naissance), nom, prenom, naissance,
                femme ? Sexe.FEMININ : Sexe.MASCULIN,
                new Adresse((1 + hasard.nextInt(80)) + " " + NomsDemo.RUES.get(hasard.nextInt(NomsDemo.RUES.size())),
                        "", ville[0], ville[1]),
                email, String.format(Locale.ROOT, "06 %02d %02d %02d %02d", hasard.nextInt(100), hasard.nextInt(100),
                        hasard.nextInt(100), hasard.nextInt(100)),
                statut, employeur, NomsDemo.EMPLOIS.get(hasard.nextInt(NomsDemo.EMPLOIS.size())),
                reconnaissances(i));
        assures.add(assure);
        if (i % 8 == 3) {
            situations.add(situationAncienne(i, assure));
        }
        Situation situation = situationOuverte(i, assure);
        situations.add(situation);
        demandes.add(demande(i, 0, situation, assure));
        if (i % 5 == 1) {
            demandes.add(demande(i, 1, situation, assure));
        }
    }

    /**
     * Most people of even rank hold an RQTH, others an unfitness or its risk stated by the occupational doctor, a few
     * another BOETH title, so that the CRPE, ESPR and ESPO requests of the demo are open to them (decision 0030).
     */
    private Reconnaissances reconnaissances(int i) {
        if (i % 8 == 6) {
            return new Reconnaissances(null, null, null, null, i % 16 == 6 ? Inaptitude.RISQUE : Inaptitude.DECLAREE,
                    reference.minusDays(150));
        }
        if (i % 2 == 0) {
            return new Reconnaissances(reference.minusYears(3), reference.plusYears(2), null, null, null, null);
        }
        return i % 12 == 9 ? new Reconnaissances(null, null, reference.minusYears(4), null, null, null)
                : Reconnaissances.AUCUNE;
    }

    private static StatutAssure statut(int i) {
        if (i % 10 == 4) {
            return StatutAssure.TRAVAILLEUR_INDEPENDANT;
        }
        if (i % 15 == 7) {
            return StatutAssure.DEMANDEUR_EMPLOI;
        }
        return i % 20 == 11 ? StatutAssure.INVALIDE_EN_ACTIVITE : StatutAssure.SALARIE;
    }

    private Nir nir(int i, boolean femme, LocalDate naissance) {
        String departement = switch (i % 13) {
            case 5 -> "2A";
            case 9 -> "2B";
            case 2 -> "89";
            case 7 -> "21";
            default -> "58";
        };
        String corps = (femme ? "2" : "1") + String.format(Locale.ROOT, "%02d%02d", naissance.getYear() % 100,
                naissance.getMonthValue()) + departement
                + String.format(Locale.ROOT, "%03d%03d", 1 + hasard.nextInt(300), 1 + i);
        return Nir.de(corps + Nir.calculerCle(corps));
    }

    private Situation situationAncienne(int i, Assure assure) {
        LocalDate debut = reference.minusYears(2).plusDays(hasard.nextInt(60));
        IssueSituation issue = IssueSituation.values()[i % IssueSituation.values().length];
        return new Situation(id("situation-ancienne", i), 0, String.format(Locale.ROOT, "PDP-%d-%04d",
                debut.getYear(), 900 + i), assure.id(), referentSocial(i).id(), debut.plusDays(70),
                Origine.REQUETE_IJ_60J, Risque.MALADIE, debut, debut.plusMonths(8),
                new Consentement(debut.plusDays(75), Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), null),
                null, null, "Situation suivie en " + debut.getYear() + ".", "", StatutSituation.CLOTUREE, issue,
                debut.plusMonths(9), "");
    }

    private Situation situationOuverte(int i, Assure assure) {
        Origine origine = Origine.values()[i % Origine.values().length];
        Risque risque = i % 9 == 0 ? Risque.INVALIDITE
                : i % 4 == 1 ? Risque.ACCIDENT_TRAVAIL : i % 6 == 2 ? Risque.MALADIE_PROFESSIONNELLE : Risque.MALADIE;
        LocalDate debutArret = reference.minusDays(200 + hasard.nextInt(180));
        LocalDate signalement = debutArret.plusDays(30 + hasard.nextInt(30));
        Consentement consentement = i % 11 == 6 ? Consentement.AUCUN
                : new Consentement(signalement.plusDays(5), i % 3 == 0
                        ? Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL, Partenaire.CAP_EMPLOI)
                        : Set.of(Partenaire.SERVICE_PREVENTION_SANTE_TRAVAIL), null);
        Drapeau urgent = i % 7 == 0 ? Drapeau.leve("Fin des indemnités journalières dans moins de deux mois")
                : Drapeau.BAISSE;
        Drapeau complexe = i % 5 == 2 ? Drapeau.leve("Plusieurs partenaires à coordonner et reconversion à envisager")
                : Drapeau.BAISSE;
        return new Situation(id("situation", i), 0, String.format(Locale.ROOT, "PDP-%d-%04d", signalement.getYear(),
                i + 1), assure.id(), referentSocial(i).id(), signalement, origine, risque, debutArret,
                reference.plusDays(120 + hasard.nextInt(120)), consentement, urgent, complexe,
                "Entretien réalisé ; la personne souhaite préparer son retour à l'emploi.",
                "Avis médical de démonstration.", StatutSituation.SUIVIE, null, null, SPSTI);
    }

    /**
     * Measures go round the catalogue, skipping those the law does not open to the person; self-employed people get
     * the consultation reserved to them.
     */
    private TypeMesure mesure(int i, int rang, Assure assure, UUID situation, LocalDate jour) {
        if (assure.statut() == StatutAssure.TRAVAILLEUR_INDEPENDANT && rang == 0) {
            return TypeMesure.CONSULTATION_MEDICO_PRO;
        }
        TypeMesure[] autres = {TypeMesure.ESSAI_ENCADRE, TypeMesure.BILAN_COMPETENCES, TypeMesure.CRPE,
                TypeMesure.FORMATION, TypeMesure.PMSMP, TypeMesure.ESSAI_ENCADRE, TypeMesure.VAE,
                TypeMesure.VISITE_PRE_REPRISE, TypeMesure.RENDEZ_VOUS_LIAISON, TypeMesure.TEMPS_PARTIEL_THERAPEUTIQUE,
                TypeMesure.FORMATION_ESPR, TypeMesure.ETUDE_POSTE, TypeMesure.PREORIENTATION_ESPO,
                TypeMesure.AMENAGEMENT_POSTE, TypeMesure.INCLUS_PRO, TypeMesure.AUTRE};
        VerificationMesure verification = new VerificationMesure(catalogue);
        for (int k = 0; ; k++) {
            TypeMesure mesure = autres[(i + rang * 3 + k) % autres.length];
            Demande essai = new Demande(UUID.randomUUID(), 0, situation, mesure, "", jour, null, "", "", null, null,
                    null, false, null, "", "", Set.of(), StatutDemande.A_ETUDIER);
            if (verification.eligibilite(essai, assure).isEmpty()) {
                return mesure;
            }
        }
    }

    /** A request that respects every rule of the catalogue, so that any outcome may be decided on it. */
    private Demande demande(int i, int rang, Situation situation, Assure assure) {
        LocalDate seance = dateDeSeance(demandes.size());
        TypeMesure mesure = mesure(i, rang, assure, situation.id(), seance.minusDays(40));
        RegleMesure regle = catalogue.regle(mesure);
        LocalDate dateDemande = seance.minusDays(15 + hasard.nextInt(25));
        LocalDate debut = seance.plusDays(10 + hasard.nextInt(15));
        Entreprise accueil = entreprises.get(hasard.nextInt(entreprises.size()));
        String tuteur = NomsDemo.TUTEURS.get(hasard.nextInt(NomsDemo.TUTEURS.size()));
        Integer duree = null;
        LocalDate fin = null;
        BigDecimal cout = null;
        String financement = "";
        String prescripteur = PRESCRIPTEUR;
        switch (mesure) {
            case ESSAI_ENCADRE -> {
                duree = 5 + hasard.nextInt(10);
                fin = finApres(debut, duree);
            }
            case CRPE -> {
                duree = 6 + hasard.nextInt(7);
                fin = debut.plusMonths(duree).minusDays(1);
                financement = "Agefiph / CPAM";
            }
            case PMSMP -> {
                duree = 1;
                fin = debut.plusMonths(1).minusDays(1);
                prescripteur = "Cap Emploi 58";
            }
            case BILAN_COMPETENCES -> {
                duree = 24;
                cout = new BigDecimal(1500 + 50 * hasard.nextInt(10));
                financement = "FNASS (action sanitaire et sociale)";
                accueil = new Entreprise("Centre de bilan Nivernais (fictif)", null);
            }
            case FORMATION, VAE -> {
                duree = 10 + hasard.nextInt(20);
                fin = debut.plusDays(duree - 1L);
                cout = new BigDecimal(800 + 100 * hasard.nextInt(15));
                financement = "CPF et FNASS";
                accueil = new Entreprise("Organisme de formation du Centre (fictif)", null);
            }
            case CONSULTATION_MEDICO_PRO -> {
                duree = 1 + hasard.nextInt(3);
                cout = regle.coutUnitaireMax().multiply(BigDecimal.valueOf(duree));
                accueil = null;
            }
            case VISITE_PRE_REPRISE, RENDEZ_VOUS_LIAISON -> {
                // followed measures: the day it takes place
                fin = debut;
                accueil = null;
                prescripteur = "";
            }
            case TEMPS_PARTIEL_THERAPEUTIQUE -> {
                duree = 3;
                fin = debut.plusMonths(duree).minusDays(1);
                accueil = null;
                prescripteur = "";
            }
            case FORMATION_ESPR, PREORIENTATION_ESPO -> {
                duree = mesure == TypeMesure.FORMATION_ESPR ? 10 : 3;
                fin = debut.plusMonths(duree).minusDays(1);
                financement = "Assurance Maladie (frais de séjour)";
                accueil = new Entreprise(mesure == TypeMesure.FORMATION_ESPR ? "ESPR du Centre (fictif)"
                        : "ESPO de Bourgogne (fictif)", null);
            }
            default -> accueil = null;
        }
        boolean accueilAvecTuteur = mesure.avecEntrepriseAccueil();
        // the agreements the catalogue asks, all obtained; a self-employed person has no employer to agree
        Set<AccordMedical> accords = regle.accordsRequis().stream()
                .filter(a -> a != AccordMedical.EMPLOYEUR
                        || assure.statut() != StatutAssure.TRAVAILLEUR_INDEPENDANT)
                .collect(Collectors.toSet());
        return new Demande(id("demande-" + rang, i), 0, situation.id(), mesure,
                mesure == TypeMesure.AUTRE ? "atelier collectif de remobilisation" : "", dateDemande, accueil,
                accueilAvecTuteur ? tuteur : "", prescripteur, fin != null ? debut : null, fin, duree, false, cout,
                financement, "Projet travaillé avec la personne ; mesure adaptée à ses capacités restantes.",
                accords, StatutDemande.A_ETUDIER);
    }

    /** The meeting that will study the request at this place in the list (six per past meeting, then the next). */
    private LocalDate dateDeSeance(int indexDemande) {
        int seance = indexDemande / POINTS_PAR_SEANCE;
        return seance < SEANCES_PASSEES ? reference.minusWeeks(2L * (SEANCES_PASSEES - seance)) : reference.plusWeeks(1);
    }

    private static LocalDate finApres(LocalDate debut, int joursOuvrables) {
        LocalDate jour = debut;
        int comptes = JoursOuvrables.estOuvrable(jour) ? 1 : 0;
        while (comptes < joursOuvrables) {
            jour = jour.plusDays(1);
            if (JoursOuvrables.estOuvrable(jour)) {
                comptes++;
            }
        }
        return jour;
    }

    /** Six meetings two weeks apart before the reference date, each deciding six requests. */
    private void tenirLesSeancesPassees() {
        for (int s = 0; s < SEANCES_PASSEES; s++) {
            LocalDate date = reference.minusWeeks(2L * (SEANCES_PASSEES - s));
            List<PointOrdreDuJour> points = new ArrayList<>();
            for (int p = 0; p < POINTS_PAR_SEANCE; p++) {
                int index = s * POINTS_PAR_SEANCE + p;
                Demande demande = demandes.get(index);
                points.add(new PointOrdreDuJour(id("point", index), demande.situationId(), List.of(demande.id()),
                        categorie(demande), 10, Set.of()));
                decider(index, demande, s, date);
            }
            seances.add(new Seance(id("seance", s + 1), 0, 20 + s, date, LocalTime.of(14, 0),
                    "CPAM de la Nièvre, salle du conseil", "", StatutSeance.CLOTUREE, membres.get(2).id(),
                    presences(s), s % 3 == 0 ? List.of("Chargée de mission handicap (invitée)") : List.of(), points,
                    ""));
        }
    }

    private CategoriePoint categorie(Demande demande) {
        Situation situation = situations.stream().filter(x -> x.id().equals(demande.situationId())).findFirst()
                .orElseThrow();
        return situation.urgent().leve() ? CategoriePoint.URGENT
                : situation.complexe().leve() ? CategoriePoint.COMPLEXE : CategoriePoint.STANDARD;
    }

    private List<Presence> presences(int seance) {
        List<Presence> presences = new ArrayList<>();
        for (int m = 0; m < membres.size(); m++) {
            EtatPresence etat = (m + seance) % 9 == 5 ? EtatPresence.EXCUSE
                    : (m + seance) % 11 == 6 ? EtatPresence.ABSENT : EtatPresence.PRESENT;
            presences.add(new Presence(membres.get(m).id(), m < 4 ? EtatPresence.PRESENT : etat));
        }
        return presences;
    }

    /**
     * What an adjournment asks for, from what the measure is: the host company's agreement only where there is a host
     * company (catalogue's {@link TypeMesure#avecEntrepriseAccueil()}), the employer's for a change to the person's
     * own job, otherwise the provider's quote and programme.
     */
    static String elementsAttendus(Demande demande) {
        if (demande.mesure().avecEntrepriseAccueil()) {
            return "Accord écrit de l'entreprise d'accueil et nom du tuteur.";
        }
        if (demande.mesure() == TypeMesure.ETUDE_POSTE || demande.mesure() == TypeMesure.AMENAGEMENT_POSTE) {
            return "Accord de l'employeur pour l'intervention sur le poste et devis de l'intervenant.";
        }
        return "Devis et programme de l'organisme qui réalise la mesure.";
    }

    private void decider(int index, Demande demande, int seance, LocalDate date) {
        // a measure the cell only follows is recorded as followed, never granted nor refused
        IssueDecision issue = catalogue.regle(demande.mesure()).suiviSeulement() ? IssueDecision.SUIVIE
                : ISSUES[index % ISSUES.length];
        boolean accord = issue.estAccord();
        boolean avecDates = accord || issue == IssueDecision.SUIVIE;
        String motifs = switch (issue) {
            case ACCORD -> "La mesure répond au projet de la personne et respecte les conditions réglementaires.";
            case ACCORD_SOUS_RESERVE -> "Accord de principe, sous réserve de la condition ci-dessous.";
            case REFUS -> "Avis défavorable du service médical ; la mesure ne peut pas être autorisée pendant l'arrêt.";
            case AJOURNEMENT -> "Éléments insuffisants pour statuer.";
            case SANS_OBJET -> "Reprise du travail avant l'examen de la demande.";
            case SUIVIE -> "Réalisée ; la personne, son médecin et le service de santé au travail préparent la reprise.";
        };
        Decision decision = new Decision(id("decision", index), 0, demande.id(), id("seance", seance + 1), issue,
                issue == IssueDecision.REFUS ? AvisMedical.DEFAVORABLE
                        : issue == IssueDecision.SUIVIE ? AvisMedical.NON_RENDU : AvisMedical.FAVORABLE, motifs,
                issue == IssueDecision.ACCORD_SOUS_RESERVE ? "Convention signée par l'entreprise d'accueil, transmise à "
                        + "la cellule avant le début de la mesure."
                        : accord ? "Les indemnités journalières sont maintenues ; le contrat de travail reste suspendu." : "",
                avecDates ? demande.dateDebut() : null, avecDates ? demande.dateFin() : null,
                accord ? demande.cout() : null,
                issue == IssueDecision.AJOURNEMENT ? elementsAttendus(demande) : "",
                issue == IssueDecision.AJOURNEMENT ? date.plusWeeks(4) : null, "", null,
                date.atTime(14, 10 + index % POINTS_PAR_SEANCE * 8).atZone(Horloge.FUSEAU_PARIS).toInstant(),
                membres.get(0).id(), null, List.of());
        decisions.add(decision);
        StatutDemande statut = issue == IssueDecision.AJOURNEMENT ? StatutDemande.A_ETUDIER : StatutDemande.DECIDEE;
        demandes.set(index, demande.avecStatut(statut));
        if (avecDates) {
            LocalDate echeance = demande.dateFin() != null ? demande.dateFin().plusWeeks(1) : date.plusWeeks(6);
            Situation situation = situations.stream().filter(x -> x.id().equals(demande.situationId())).findFirst()
                    .orElseThrow();
            suivis.add(new Suivi(id("suivi", index), 0, situation.id(), decision.id(),
                    accord ? "Faire le bilan de la mesure avec la personne et l'entreprise"
                            : "Faire le point sur la mesure suivie : " + demande.libelleMesure(),
                    situation.referentSocialId(),
                    echeance, echeance.isBefore(reference) ? echeance : null,
                    echeance.isBefore(reference) ? "Bilan réalisé." : ""));
        }
    }

    private void planifierLaProchaineSeance() {
        List<PointOrdreDuJour> points = new ArrayList<>();
        int premier = SEANCES_PASSEES * POINTS_PAR_SEANCE;
        List<PointOrdreDuJour> pourInformation = new ArrayList<>();
        for (int index = premier; index < premier + 8; index++) {
            Demande demande = demandes.get(index);
            // the measures the cell only follows come last, for information, after those it decides
            (catalogue.regle(demande.mesure()).suiviSeulement() ? pourInformation : points).add(new PointOrdreDuJour(
                    id("point", index), demande.situationId(), List.of(demande.id()), categorie(demande), 10,
                    Set.of()));
            demandes.set(index, demande.avecStatut(StatutDemande.INSCRITE));
        }
        points.addAll(pourInformation);
        List<Presence> convoques = membres.stream().map(m -> new Presence(m.id(), EtatPresence.ABSENT)).toList();
        seances.add(new Seance(id("seance", SEANCES_PASSEES + 1), 0, 20 + SEANCES_PASSEES, reference.plusWeeks(1),
                LocalTime.of(14, 0), "", "https://visio.exemple.fr/cellule-pdp-58", StatutSeance.PLANIFIEE,
                membres.get(2).id(), convoques, List.of(), points, ""));
    }

}
