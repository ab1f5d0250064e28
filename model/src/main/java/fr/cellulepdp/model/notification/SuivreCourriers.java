package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Use case: where the letters stand, for a meeting and for the outbox badge. */
public final class SuivreCourriers {

    /** One letter as the meeting window lists it. */
    public record Ligne(UUID id, String numeroDossier, Destinataire destinataire, CanalEnvoi canal, StatutNotification statut,
                        Instant envoyeeLe, String derniereErreur, int tentatives) {
    }

    private final StockageNotifications stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public SuivreCourriers(StockageNotifications stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Where the letters of one decision stand, in a few words ("Assuré(e) : envoyé le 30/11/2026"). */
    public String etatDecision(UUID decisionId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.internes(acteur, "courriers", "suivent les courriers");
        return stockage.notifications().findByDecision(decisionId).stream()
                .map(n -> n.destinataire().libelle() + " : " + etat(n))
                .collect(java.util.stream.Collectors.joining(" ; "));
    }

    private static String etat(Notification n) {
        return switch (n.statut()) {
            case ENVOYEE -> (n.canal() == CanalEnvoi.COURRIER ? "posté le " : "envoyé le ")
                    + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")
                    .format(n.envoyeeLe().atZone(Horloge.FUSEAU_PARIS));
            case ECHEC -> "échec (" + n.derniereErreur() + ")";
            case EN_ATTENTE_ENVOI -> "en attente d'envoi";
            case ADRESSE_MANQUANTE -> "adresse manquante : complétez-la puis générez à nouveau les documents";
            default -> n.canal() == CanalEnvoi.COURRIER ? "à poster" : n.statut().libelle().toLowerCase();
        };
    }

    /** The letters to e-mail not sent yet (waiting or failed): the badge. */
    public long enAttente() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.internes(acteur, "courriers", "suivent les courriers");
        return stockage.notifications().nombreParCourrielNonEnvoyees();
    }

    public List<Ligne> deLaSeance(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.internes(acteur, "courriers", "suivent les courriers");
        return stockage.decisionsNotifiees().deLaSeance(seanceId).stream()
                .flatMap(d -> stockage.notifications().findByDecision(d).stream().map(this::ligne))
                .sorted(Comparator.comparing(Ligne::numeroDossier,
                        fr.cellulepdp.model.situation.OrdreNumerosDossier.CROISSANT).thenComparing(Ligne::destinataire))
                .toList();
    }

    /**
     * The letters of the meeting to post and not posted yet, in one PDF to print (empty when there is none).
     */
    public java.util.Optional<byte[]> aPoster(UUID seanceId, FusionPdf fusion) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "courriers", "imprime les courriers à poster");
        List<byte[]> lettres = aPosterDeLaSeance(seanceId).stream()
                .map(n -> stockage.notifications().pdf(n.id()).orElse(null)).filter(java.util.Objects::nonNull)
                .toList();
        return lettres.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(fusion.fusionner(lettres));
    }

    /**
     * The letters to post in one PDF, deposited (written whole and read back) before the export is written in the
     * audit trail with the file's SHA-256; empty, with nothing written, when there is none to post.
     */
    public java.util.Optional<byte[]> deposerAPoster(UUID seanceId, FusionPdf fusion,
                                                     fr.cellulepdp.model.commun.DepotFichier depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        java.util.Optional<byte[]> pdf = aPoster(seanceId, fusion);
        pdf.ifPresent(contenu -> {
            depot.deposer(contenu);
            new Audit(stockage, horloge).noter(acteur, "COURRIERS_A_POSTER", "Seance", seanceId,
                    aPosterDeLaSeance(seanceId).size() + " courrier(s) à poster réunis, SHA-256 "
                            + fr.cellulepdp.model.commun.Empreintes.sha256(contenu));
        });
        return pdf;
    }

    /** Marks the meeting's letters to post as posted now (the use case's clock); returns how many. */
    public int marquerPostes(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "courriers", "marque les courriers postés");
        Instant le = horloge.maintenant();
        return stockage.transactions().inTransaction(() -> {
            List<Notification> aPoster = aPosterDeLaSeance(seanceId);
            aPoster.forEach(n -> stockage.notifications().save(n.envoyee(le)));
            aPoster.forEach(n -> codeRemis(n, le));
            if (!aPoster.isEmpty()) {
                new Audit(stockage, horloge).noter(acteur, "COURRIERS_POSTES", "Seance", seanceId,
                        aPoster.size() + " courrier(s) marqué(s) posté(s)");
            }
            return aPoster.size();
        });
    }

    /** The person's code printed on this letter is given once the letter is posted: their next letters go by e-mail. */
    private void codeRemis(Notification lettre, Instant le) {
        DossierDuCourrier.code(stockage, lettre).filter(code -> !code.estRemis() && lettre.id().equals(code.lettreId()))
                .ifPresent(code -> {
                    java.time.LocalDate jour = le.atZone(Horloge.FUSEAU_PARIS).toLocalDate();
                    stockage.codesCourriel().save(code.remis(jour, "par courrier postal du "
                            + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(jour)));
                });
    }

    /** True when every letter of the meeting is sent or posted (and there is at least one). */
    public boolean entierementNotifiee(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.internes(acteur, "courriers", "suivent les courriers");
        List<Notification> lettres = lettres(seanceId);
        return !lettres.isEmpty() && lettres.stream().allMatch(n -> n.statut() == StatutNotification.ENVOYEE);
    }

    private List<Notification> lettres(UUID seanceId) {
        return stockage.decisionsNotifiees().deLaSeance(seanceId).stream()
                .flatMap(d -> stockage.notifications().findByDecision(d).stream()).toList();
    }

    private List<Notification> aPosterDeLaSeance(UUID seanceId) {
        // a letter without a postal address cannot be printed for posting, nor marked posted
        return lettres(seanceId).stream().filter(n -> n.canal() == CanalEnvoi.COURRIER
                && n.statut() != StatutNotification.ENVOYEE && n.statut() != StatutNotification.ADRESSE_MANQUANTE)
                .toList();
    }

    private Ligne ligne(Notification n) {
        String dossier = DossierDuCourrier.de(stockage, n).map(s -> s.numeroDossier()).orElse("");
        return new Ligne(n.id(), dossier, n.destinataire(), n.canal(), n.statut(), n.envoyeeLe(), n.derniereErreur(),
                n.tentatives());
    }
}
