package fr.cellulepdp.model.protection;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Drapeau;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Situation;
import fr.cellulepdp.model.suivi.Suivi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Use case: the retention rule (DESIGN.md §8). People whose files have all been inactive for more than the cell's
 * retention period (2 years by default) are listed; on the coordinatrice's confirmation they are anonymised: identity,
 * contact, employer, notes, medical opinion, reasons, tutors, e-mail addresses and letters' PDFs are erased; what the
 * yearly figures count stays (file numbers, dates, origin, risk, sex, birth year, measures, outcomes).
 */
public final class ConserverDonnees {

    /** The family name an anonymised person carries (and how one is recognised). */
    public static final String ANONYME = "ANONYMISÉ";

    private final StockageProtection stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ConserverDonnees(StockageProtection stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** One person to anonymise: their files and the last day anything happened on them. */
    public record Candidat(UUID assureId, List<String> dossiers, LocalDate derniereActivite) {
    }

    /**
     * What was erased, in counts only (the text the trail keeps); {@code dossiers}, the file numbers, lets the
     * application erase the letters of these files written on disk, and {@code seances}, the numbers of the meetings
     * whose agenda held one of them, make their agendas again without the name.
     */
    public record Rapport(int personnes, int situations, int demandes, int decisions, int suivis, int courriers,
                          List<String> dossiers, List<Integer> seances) {
        public String texte() {
            return personnes + " personne(s) anonymisée(s) : " + situations + " dossier(s), " + demandes
                    + " demande(s), " + decisions + " décision(s), " + suivis + " suivi(s), " + courriers
                    + " courrier(s) effacé(s). Les chiffres des bilans sont conservés.";
        }
    }

    /** The people whose every file has been inactive for more than the retention period, oldest activity first. */
    public List<Candidat> aAnonymiser() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        autoriser(acteur);
        int annees = stockage.cellules().existante().map(c -> c.conservationAnnees()).orElse(2);
        LocalDate limite = horloge.aujourdhui().minusYears(annees);
        List<Candidat> candidats = new ArrayList<>();
        for (Assure assure : stockage.assures().findAll()) {
            if (ANONYME.equals(assure.nom())) {
                continue;
            }
            List<Situation> situations = stockage.situations().findByAssure(assure.id());
            LocalDate derniere = situations.stream().map(this::derniereActivite).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            if (!situations.isEmpty() && derniere != null && derniere.isBefore(limite)) {
                candidats.add(new Candidat(assure.id(), situations.stream().map(Situation::numeroDossier)
                        .sorted(fr.cellulepdp.model.situation.OrdreNumerosDossier.CROISSANT).toList(), derniere));
            }
        }
        candidats.sort(Comparator.comparing(Candidat::derniereActivite));
        return candidats;
    }

    private LocalDate derniereActivite(Situation s) {
        List<LocalDate> dates = new ArrayList<>(Stream.of(s.dateSignalement(), s.dateCloture()).toList());
        for (Demande d : stockage.demandes().findBySituation(s.id())) {
            dates.add(d.dateDemande());
            for (Decision decision : stockage.decisions().findByDemande(d.id())) {
                dates.add(LocalDate.ofInstant(decision.decideeLe(), Horloge.FUSEAU_PARIS));
            }
        }
        for (Suivi suivi : stockage.suivis().findBySituation(s.id())) {
            dates.add(suivi.realiseLe() != null ? suivi.realiseLe() : suivi.echeance());
        }
        return dates.stream().filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    /**
     * Anonymises the people listed by {@link #aAnonymiser} now (a person who became active meanwhile is left), all
     * in one transaction: everything or nothing.
     */
    public Rapport anonymiser() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        autoriser(acteur);
        return stockage.transactions().inTransaction(() -> {
            int[] compte = new int[6];
            List<String> dossiers = new java.util.ArrayList<>();
            java.util.Set<UUID> situations = new java.util.HashSet<>();
            for (Candidat candidat : aAnonymiser()) {
                dossiers.addAll(candidat.dossiers());
                stockage.situations().findByAssure(candidat.assureId()).forEach(s -> situations.add(s.id()));
                // the person first: saving the files then refreshes their search text without the name
                Assure assure = stockage.assures().save(anonyme(stockage.assures().get(candidat.assureId())));
                stockage.codesCourriel().supprimerPourAssure(assure.id());
                for (Situation s : stockage.situations().findByAssure(assure.id())) {
                    anonymiser(s, compte);
                }
                compte[0]++;
            }
            List<Integer> seances = stockage.seances().findAll().stream()
                    .filter(seance -> seance.ordreDuJour().stream().anyMatch(p -> situations.contains(p.situationId())))
                    .map(fr.cellulepdp.model.seance.Seance::numero).sorted().toList();
            Rapport rapport = new Rapport(compte[0], compte[1], compte[2], compte[3], compte[4], compte[5],
                    List.copyOf(dossiers), seances);
            new Audit(stockage, horloge).noter(acteur, "ANONYMISATION", "Assure", null, rapport.texte());
            return rapport;
        });
    }

    private void anonymiser(Situation s, int[] compte) {
        for (Demande d : stockage.demandes().findBySituation(s.id())) {
            for (Decision x : stockage.decisions().findByDemande(d.id())) {
                for (Notification n : stockage.notifications().findByDecision(x.id())) {
                    stockage.notifications().supprimerPdf(n.id());
                    stockage.notifications().save(new Notification(n.id(), n.version(), n.decisionId(),
                            n.destinataire(), n.canal(), n.statut(), n.sha256(), n.tentatives(), n.envoyeeLe(),
                            "", "", n.messageId(), n.prochainEssai()));
                    compte[5]++;
                }
                stockage.decisions().save(new Decision(x.id(), x.version(), x.demandeId(), x.seanceId(), x.issue(),
                        x.avisMedical(), "", "", x.dateDebutAccordee(), x.dateFinAccordee(), x.montantAccorde(), "",
                        x.dateLimiteElements(), "", x.rectifieDecisionId(), x.decideeLe(), x.decideeParId(),
                        x.referentMedicalUrgenceId(), List.of()));
                compte[3]++;
            }
            stockage.demandes().save(new Demande(d.id(), d.version(), d.situationId(), d.mesure(), d.libelleAutre(),
                    d.dateDemande(), null, "", "", d.dateDebut(), d.dateFin(), d.duree(), d.renouvellement(), d.cout(),
                    "", "", d.accordsObtenus(), d.statut()));
            compte[2]++;
        }
        for (Suivi suivi : stockage.suivis().findBySituation(s.id())) {
            stockage.suivis().save(new Suivi(suivi.id(), suivi.version(), suivi.situationId(), suivi.decisionId(), "",
                    suivi.responsableId(), suivi.echeance(), suivi.realiseLe(), ""));
            compte[4]++;
        }
        stockage.situations().save(new Situation(s.id(), s.version(), s.numeroDossier(), s.assureId(),
                s.referentSocialId(), s.dateSignalement(), s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(),
                s.consentement(), new Drapeau(s.urgent().leve(), ""), new Drapeau(s.complexe().leve(), ""), "", "",
                s.statut(), s.issue(), s.dateCloture(), s.serviceSanteTravail()));
        compte[1]++;
    }

    /** The person reduced to what the figures need: sex, birth year, status; a provisional-range NIR of no one. */
    private Assure anonyme(Assure a) {
        String chiffres = String.format(Locale.ROOT, "%012d", Math.floorMod(a.id().getMostSignificantBits(), 1_000_000_000_000L));
        String corps = "7" + chiffres;
        return new Assure(a.id(), a.version(), Nir.de(corps + Nir.calculerCle(corps)), ANONYME, "",
                a.dateNaissance() == null ? null : LocalDate.of(a.dateNaissance().getYear(), 1, 1), a.sexe(),
                Adresse.VIDE, "", "", a.statut(), null, "");
    }

    private static void autoriser(Utilisateur acteur) {
        Droits.coordinatrice(acteur, "conservation", "applique la durée de conservation des dossiers");
    }
}
