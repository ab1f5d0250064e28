package fr.cellulepdp.model.convocation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.demande.StatutDemande;
import fr.cellulepdp.model.document.DocumentProduit;
import fr.cellulepdp.model.document.GenererDocumentsSeance;
import fr.cellulepdp.model.notification.PieceJointe;
import fr.cellulepdp.model.notification.ServeurSmtp;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.Presence;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.StatutSeance;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Use case: convokes the members of a planned meeting, or cancels it. Each convoked member with an e-mail address
 * gets, through the outbox, a calendar invitation (one UID per meeting) and the agenda they may read: the full one
 * for an internal member, for a partner the pseudonymised one of his organisation type (only the files whose consent
 * covers it). Convoking again after the date, time, length or place
 * changed sends an update (same UID, next SEQUENCE) to everyone; otherwise only to the members not convoked yet. A
 * cancellation sends {@code METHOD:CANCEL} to everyone who was convoked. Everything is checked (right, meeting,
 * mail server, agendas laid out) before the e-mails are recorded, in one transaction with the audit entry.
 */
public final class ConvoquerSeance {

    /** The length announced when the agenda is still empty or short. */
    static final int DUREE_MINIMALE_MINUTES = 30;

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.FRENCH);
    private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("H' h 'mm", Locale.FRENCH);

    /** What a convocation did: e-mails queued, the SEQUENCE sent, and the convoked members without an address. */
    public record Rapport(int misEnFile, int sequence, boolean miseAJour, int sansAdresse) {

        public String enFrancais() {
            return misEnFile + " " + (miseAJour ? "mise(s) à jour de convocation" : "convocation(s)")
                    + " en attente d’envoi" + (sansAdresse == 0 ? "" : ", " + sansAdresse
                    + " membre(s) convoqué(s) sans adresse e-mail (à prévenir autrement)") + ".";
        }
    }

    private final StockageConvocations stockage;
    private final GenererDocumentsSeance documents;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ConvoquerSeance(StockageConvocations stockage, GenererDocumentsSeance documents, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.documents = documents;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The planned meeting with this number, or the next one planned when {@code numero} is null. */
    public Seance trouver(Integer numero) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "convocation", "convoque les membres");
        List<Seance> planifiees = stockage.seances().findAll().stream()
                .filter(s -> s.statut() == StatutSeance.PLANIFIEE).toList();
        Optional<Seance> trouvee = numero == null
                ? planifiees.stream().filter(s -> !s.date().isBefore(horloge.aujourdhui()))
                        .min(Comparator.comparing(Seance::date))
                : stockage.seances().findAll().stream().filter(s -> s.numero() == numero).findFirst();
        return trouvee.orElseThrow(() -> new SaisieInvalideException("séance", numero == null
                ? "aucune séance n’est planifiée à venir." : "il n’y a pas de séance n° " + numero + "."));
    }

    public Rapport convoquer(UUID seanceId) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "convocation", "convoque les membres");
        Seance seance = stockage.seances().get(seanceId);
        if (seance.statut() != StatutSeance.PLANIFIEE) {
            throw new SaisieInvalideException("convocation", "la séance n° " + seance.numero() + " est "
                    + seance.statut().libelle().toLowerCase(Locale.FRENCH) + " : seule une séance planifiée est "
                    + "convoquée.");
        }
        if (seance.heure() == null) {
            throw new SaisieInvalideException("heure", "la séance n° " + seance.numero() + " n’a pas d’heure : "
                    + "indiquez-la avant de convoquer.");
        }
        ServeurSmtp serveur = serveur();
        Cellule cellule = stockage.cellules().renseignee();
        List<CourrielMembre> avant = calendrier(seanceId);
        String empreinte = empreinte(seance);
        Optional<CourrielMembre> derniere = avant.stream().max(Comparator.comparingInt(CourrielMembre::sequence));
        boolean miseAJour = derniere.isPresent() && !derniere.get().empreinte().equals(empreinte);
        int sequence = derniere.map(d -> miseAJour ? d.sequence() + 1 : d.sequence()).orElse(0);
        Set<UUID> dejaConvoques = avant.stream().filter(c -> c.sequence() == sequence)
                .map(CourrielMembre::membreId).collect(Collectors.toSet());
        List<Membre> convoques = convoques(seance);
        List<Membre> destinataires = convoques.stream().filter(m -> !m.email().isBlank())
                .filter(m -> !dejaConvoques.contains(m.id())).toList();
        if (destinataires.isEmpty()) {
            throw new SaisieInvalideException("convocation", convoques.stream().anyMatch(m -> !m.email().isBlank())
                    ? "les membres convoqués ont déjà reçu cette convocation ; une mise à jour partira si la date, "
                    + "l’heure, la durée ou le lieu changent."
                    : "aucun membre convoqué n’a d’adresse e-mail (fiches des membres).");
        }
        // laid out before anything is written: a failure here leaves the outbox as it was
        List<DocumentProduit> ordres = documents.apercu(seanceId);
        byte[] complet = fichier(ordres, "01-ordre-du-jour.pdf");

        List<CourrielMembre> courriels = new ArrayList<>();
        for (Membre membre : destinataires) {
            boolean partenaire = !membre.role().estInterne();
            InvitationCalendrier invitation = invitation(InvitationCalendrier.Methode.REQUEST, seance, sequence,
                    cellule, serveur, membre.email());
            courriels.add(CourrielMembre.nouveau(seanceId, membre.id(), NatureCourrielMembre.CONVOCATION, sequence,
                    empreinte, membre.email(), (miseAJour ? "Modification de la séance" : "Convocation") + " — "
                            + titre(seance, cellule), corpsConvocation(seance, cellule, miseAJour, partenaire),
                    List.of(new PieceJointe("seance-" + seance.numero() + ".ics", invitation.typeMime(),
                                    invitation.ics()),
                            new PieceJointe(partenaire ? "ordre-du-jour-seance-" + seance.numero() + "-partenaires.pdf"
                                    : "ordre-du-jour-seance-" + seance.numero() + ".pdf", "application/pdf",
                                    partenaire ? fichier(ordres, fr.cellulepdp.model.document.ExtraitsPartenaires
                                    .ordreDuJour(membre.partenaire())) : complet)),
                    horloge.maintenant()));
        }
        int sansAdresse = (int) convoques.stream().filter(m -> m.email().isBlank()).count();
        stockage.transactions().runInTransaction(() -> {
            courriels.forEach(stockage.courrielsMembres()::save);
            new Audit(stockage, horloge).noter(acteur, miseAJour ? "CONVOCATION_MISE_A_JOUR" : "CONVOCATION",
                    "Seance", seanceId, "séance n° " + seance.numero() + " : " + courriels.size()
                            + " convocation(s) en attente d’envoi, SEQUENCE " + sequence);
        });
        return new Rapport(courriels.size(), sequence, miseAJour, sansAdresse);
    }

    /**
     * Cancels a planned meeting: its requests wait again for the next agenda, and everyone convoked gets the
     * cancellation of the calendar entry (same UID, next SEQUENCE).
     *
     * @return the number of cancellations queued
     */
    public int annuler(UUID seanceId, String motif) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "annulation", "annule les séances");
        Seance seance = stockage.seances().get(seanceId);
        if (seance.statut() != StatutSeance.PLANIFIEE) {
            throw new SaisieInvalideException("annulation", "la séance n° " + seance.numero() + " est "
                    + seance.statut().libelle().toLowerCase(Locale.FRENCH) + " : seule une séance planifiée "
                    + "s’annule.");
        }
        String raison = motif == null ? "" : motif.strip();
        if (raison.isEmpty()) {
            throw new SaisieInvalideException("motif", "indiquez pourquoi la séance est annulée (il figure au "
                    + "journal, pas dans le courriel).");
        }
        List<CourrielMembre> avant = calendrier(seanceId);
        int sequence = avant.stream().mapToInt(CourrielMembre::sequence).max().orElse(-1) + 1;
        List<CourrielMembre> annulations = new ArrayList<>();
        if (!avant.isEmpty()) {
            ServeurSmtp serveur = serveur();
            Cellule cellule = stockage.cellules().renseignee();
            for (UUID membreId : avant.stream().map(CourrielMembre::membreId).distinct().toList()) {
                String adresse = stockage.membres().find(membreId).map(Membre::email).filter(e -> !e.isBlank())
                        .orElseGet(() -> avant.stream().filter(c -> c.membreId().equals(membreId))
                                .reduce((a, b) -> b).orElseThrow().adresse());
                InvitationCalendrier invitation = invitation(InvitationCalendrier.Methode.CANCEL, seance, sequence,
                        cellule, serveur, adresse);
                annulations.add(CourrielMembre.nouveau(seanceId, membreId, NatureCourrielMembre.ANNULATION, sequence,
                        empreinte(seance), adresse, "Annulation — " + titre(seance, cellule),
                        corpsAnnulation(seance, cellule), List.of(new PieceJointe("seance-" + seance.numero()
                                + "-annulation.ics", invitation.typeMime(), invitation.ics())), horloge.maintenant()));
            }
        }
        stockage.transactions().runInTransaction(() -> {
            Seance lue = stockage.seances().get(seanceId);
            for (UUID id : lue.ordreDuJour().stream().filter(p -> p.categorie() != CategoriePoint.RATIFICATION)
                    .flatMap(p -> p.demandeIds().stream()).toList()) {
                Demande demande = stockage.demandes().get(id);
                if (demande.statut() == StatutDemande.INSCRITE) {
                    stockage.demandes().save(demande.avecStatut(StatutDemande.A_ETUDIER));
                }
            }
            stockage.seances().save(lue.avecOrdreDuJour(List.of()).avecStatut(StatutSeance.ANNULEE));
            annulations.forEach(stockage.courrielsMembres()::save);
            new Audit(stockage, horloge).noter(acteur, "SEANCE_ANNULEE", "Seance", seanceId, "séance n° "
                    + seance.numero() + " annulée (" + raison + ") : " + annulations.size()
                    + " annulation(s) en attente d’envoi");
        });
        return annulations.size();
    }

    private List<CourrielMembre> calendrier(UUID seanceId) {
        return stockage.courrielsMembres().deLaSeance(seanceId).stream().filter(c -> c.nature().calendrier())
                .toList();
    }

    private ServeurSmtp serveur() {
        return stockage.serveursSmtp().existant().orElseThrow(() ->
                new SaisieInvalideException("SMTP", "le serveur d’envoi n’est pas paramétré : l’organisateur de "
                        + "l’invitation est son adresse d’expédition (Paramètres, ou « settings smtp »)."));
    }

    /** The active convoked members, in the meeting's order. */
    private List<Membre> convoques(Seance seance) {
        return seance.presences().stream().map(Presence::membreId).map(stockage.membres()::find)
                .flatMap(Optional::stream).filter(Membre::actif).toList();
    }

    static Duration duree(Seance seance) {
        return Duration.ofMinutes(Math.max(DUREE_MINIMALE_MINUTES, seance.dureePrevueMinutes()));
    }

    /** What the members were told: a change of any of these is an update. */
    static String empreinte(Seance seance) {
        return seance.date() + "|" + seance.heure() + "|" + duree(seance).toMinutes() + "|" + seance.lieu() + "|"
                + seance.lienVisio();
    }

    /** The calendar entry's identifier: one per meeting, for ever. */
    static String uid(Seance seance) {
        return "seance-" + seance.id() + "@cellule-pdp";
    }

    private InvitationCalendrier invitation(InvitationCalendrier.Methode methode, Seance seance, int sequence,
                                            Cellule cellule, ServeurSmtp serveur, String participant) {
        String lieu = seance.lieu().isBlank() ? "Visioconférence : " + seance.lienVisio()
                : seance.lieu() + (seance.lienVisio().isBlank() ? "" : " (ou visioconférence : " + seance.lienVisio()
                + ")");
        return new InvitationCalendrier(methode, uid(seance), sequence, horloge.maintenant(),
                seance.date().atTime(seance.heure() == null ? LocalTime.NOON : seance.heure()), duree(seance),
                titre(seance, cellule), lieu, "Séance de la " + cellule.nom() + ". L’ordre du jour est joint au "
                + "courriel.", serveur.expediteur(), serveur.nomExpediteur(), participant);
    }

    private static String titre(Seance seance, Cellule cellule) {
        return "séance n° " + seance.numero() + " de la " + cellule.nom() + " du " + JOUR.format(seance.date());
    }

    private static String horaire(Seance seance) {
        LocalTime debut = seance.heure() == null ? LocalTime.NOON : seance.heure();
        return JOUR.format(seance.date()) + ", de " + HEURE.format(debut) + " à "
                + HEURE.format(debut.plus(duree(seance)));
    }

    private static String corpsConvocation(Seance seance, Cellule cellule, boolean miseAJour, boolean partenaire) {
        return "Bonjour,\n\n"
                + (miseAJour ? "La séance n° " + seance.numero() + " de la " + cellule.nom() + " a changé. Elle se "
                + "tiendra :\n" : "Vous êtes convoqué(e) à la séance n° " + seance.numero() + " de la "
                + cellule.nom() + " :\n")
                + "- le " + horaire(seance) + " ;\n"
                + (seance.lieu().isBlank() ? "" : "- lieu : " + seance.lieu() + " ;\n")
                + (seance.lienVisio().isBlank() ? "" : "- visioconférence : " + seance.lienVisio() + " ;\n")
                + "\nL’ordre du jour est joint" + (partenaire ? ", dans sa version pour les partenaires "
                + "(pseudonymisée)" : "") + ". L’invitation jointe (fichier .ics) inscrit la séance dans votre "
                + "agenda ; elle sera mise à jour si la séance change. Aucune réponse n’est nécessaire : la "
                + "présence est relevée en séance.\n\n"
                + "Ce message ne contient aucune donnée sur les personnes accompagnées.\n\n"
                + cellule.signataire() + "\n" + cellule.nom() + "\n";
    }

    private static String corpsAnnulation(Seance seance, Cellule cellule) {
        return "Bonjour,\n\nLa séance n° " + seance.numero() + " de la " + cellule.nom() + " prévue le "
                + horaire(seance) + " est annulée. L’invitation jointe la retire de votre agenda. Les demandes "
                + "qui devaient y être étudiées le seront à une prochaine séance.\n\n"
                + cellule.signataire() + "\n" + cellule.nom() + "\n";
    }

    private static byte[] fichier(List<DocumentProduit> documents, String nom) {
        return documents.stream().filter(d -> d.nomFichier().equals(nom)).findFirst()
                .map(DocumentProduit::contenu).orElseThrow(() -> new IllegalStateException(nom));
    }
}
