package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Use case: delivers the outbox. For each letter due, the attempt is recorded and committed first, then the
 * message is handed to the server with the letter's fixed Message-ID, and only once the server has accepted it is
 * the letter marked sent. A failure keeps the server's answer and schedules the next attempt, later each time
 * (back-off). A crash between the server's acceptance and the mark sends the letter again with the same
 * Message-ID, which mail clients recognise as the same message.
 */
public final class EnvoyerCourriers {

    /** Waits after the 1st, 2nd, 3rd... failure; the last one repeats. */
    static final List<Duration> ATTENTES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(6));


    private final StockageNotifications stockage;
    private final EnvoiCourriel envoi;
    private final Coffre coffre;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public EnvoyerCourriers(StockageNotifications stockage, EnvoiCourriel envoi, Coffre coffre, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.envoi = envoi;
        this.coffre = coffre;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * A test e-mail to {@code adresse}, with the settings as saved.
     *
     * @throws EnvoiImpossibleException with the server's exact answer
     */
    public void essai(String adresse) throws EnvoiImpossibleException {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "SMTP", "envoie les courriels de la cellule");
        ServeurSmtp serveur = serveur();
        envoi.envoyer(serveur, motDePasse(serveur), new CourrielSortant("<essai-" + UUID.randomUUID()
                + "@cellule-pdp>", adresse, "Essai d'envoi — Cellule PDP", "Ce courriel vérifie le paramétrage de "
                + "l'envoi des courriers de la cellule. Il n'appelle pas de réponse.\n", null, null));
    }

    private ServeurSmtp serveur() {
        return stockage.serveursSmtp().existant().orElseThrow(() ->
                new SaisieInvalideException("SMTP", "le serveur d'envoi n'est pas paramétré (Paramètres, ou "
                        + "« settings smtp » en ligne de commande)."));
    }

    private char[] motDePasse(ServeurSmtp serveur) {
        return serveur.motDePasseChiffre().isEmpty() ? new char[0] : coffre.dechiffrer(serveur.motDePasseChiffre());
    }

    public RapportEnvoi envoyer(Progression progression) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "envoi", "envoie les courriels de la cellule");
        ServeurSmtp serveur = serveur();
        char[] motDePasse = motDePasse(serveur);
        Cellule cellule = stockage.cellules().existante().orElse(null);
        List<Notification> dues = stockage.notifications().aEnvoyer(horloge.maintenant());
        int envoyes = 0;
        List<RapportEnvoi.Echec> echecs = new ArrayList<>();
        for (int i = 0; i < dues.size(); i++) {
            Notification lettre = dues.get(i);
            Instant maintenant = horloge.maintenant();
            Notification tentee;
            try {
                tentee = stockage.notifications().save(lettre.tentative(maintenant,
                        maintenant.plus(attente(lettre.tentatives() + 1))));
            } catch (ConflitDeModificationException e) {
                // another round (the automatic one, or another window) has just taken this letter
                continue;
            }
            try {
                envoi.envoyer(serveur, motDePasse, courriel(tentee, cellule));
                stockage.notifications().save(tentee.envoyee(horloge.maintenant()));
                new Audit(stockage, horloge).noter(acteur, "COURRIEL_ENVOYE", "Notification", tentee.id(),
                        "accepté par le serveur (tentative " + tentee.tentatives() + ")");
                envoyes++;
            } catch (EnvoiImpossibleException e) {
                stockage.notifications().save(tentee.echec(e.raison(), tentee.prochainEssai()));
                echecs.add(new RapportEnvoi.Echec(reference(tentee), e.raison()));
            }
            progression.avancer(i + 1, dues.size());
        }
        // the members' e-mails (convocations, minutes) in the same round, under the same rules
        CourrielsDesMembres membres = stockage.courrielsDesMembres(envoi, horloge);
        envoyes += membres.envoyer(acteur, serveur, motDePasse, echecs);
        long enAttente = stockage.notifications().nombreParCourrielNonEnvoyees() + membres.enAttente();
        return new RapportEnvoi(envoyes, echecs, enAttente);
    }

    /** The e-mail of one letter as it is (or was) sent, for an .eml export. */
    public CourrielSortant courriel(UUID notificationId) throws EnvoiImpossibleException {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "envoi", "exporte les courriels de la cellule");
        Notification n = stockage.notifications().get(notificationId);
        return courriel(n, stockage.cellules().existante().orElse(null));
    }

    /**
     * A letter's e-mail exported as a file (made from {@link #courriel(Utilisateur, UUID)}): deposited, whole and
     * read back, before the export is written in the audit trail with the file's SHA-256.
     */
    public void deposerExport(UUID notificationId, byte[] eml,
                              fr.cellulepdp.model.commun.DepotFichier depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "envoi", "exporte les courriels de la cellule");
        stockage.notifications().get(notificationId);
        depot.deposer(eml);
        new Audit(stockage, horloge).noter(acteur, "COURRIEL_EXPORTE", "Notification", notificationId,
                "fichier .eml, SHA-256 " + fr.cellulepdp.model.commun.Empreintes.sha256(eml));
    }

    private RegleMotDePasse regle() {
        return stockage.serveursSmtp().regleMotDePasse();
    }

    /** The wait after the given number of failed attempts (shared with the reminders). */
    public static Duration attente(int tentatives) {
        return ATTENTES.get(Math.min(tentatives, ATTENTES.size()) - 1);
    }

    private String reference(Notification n) {
        return DossierDuCourrier.de(stockage, n).map(s -> s.numeroDossier())
                .orElse(n.id().toString()) + " (" + n.destinataire().libelle().toLowerCase() + ")";
    }

    /**
     * The e-mail: a neutral subject and body — the person's health insurance fund, never the cell nor the PDP, which
     * would tell whoever sees the mailbox that the person is at risk of losing their job — and the letter attached.
     * The reference is the letter's own, not the file number. The body says how to open the letter (under the
     * personal-code rule, where the code was given), never the password.
     */
    private CourrielSortant courriel(Notification n, Cellule cellule) throws EnvoiImpossibleException {
        byte[] pdf = stockage.notifications().pdf(n.id()).orElseThrow(() ->
                new EnvoiImpossibleException("le courrier à joindre est introuvable : produisez à nouveau les "
                        + "documents de la séance.", null));
        String caisse = cellule == null || cellule.cpam().isBlank() ? "votre caisse d’assurance maladie"
                : "votre caisse d’assurance maladie (" + cellule.cpam() + ")";
        String reference = referenceCourrier(n.id());
        String corps = "Bonjour,\n\n"
                + "Vous trouverez en pièce jointe un courrier de " + caisse + ", référence " + reference + ".\n"
                + "Il s’ouvre avec un lecteur de PDF (sur ordinateur, tablette ou téléphone). Il est protégé : "
                + regle().explication(DossierDuCourrier.code(stockage, n)) + ".\n\n"
                + "Ce message ne contient pas d’autre information. Nous ne vous demanderons jamais votre code, ni par "
                + "courriel ni par téléphone. Pour toute question, répondez à ce courriel ou appelez-nous"
                + (cellule == null ? "" : " au " + cellule.telephone()) + " en rappelant la référence.\n\n"
                + (cellule == null ? "" : cellule.signataire() + "\n" + cellule.signataireFonction() + "\n");
        return new CourrielSortant(n.messageId(), n.adresse(), "Courrier de votre caisse d’assurance maladie — réf. "
                + reference, corps, "courrier-" + reference + ".pdf", pdf);
    }

    /**
     * The letter's own reference (from its identifier), in the e-mail's subject: quoted by the person, it leads to
     * the letter (the meeting's Courriers tab shows it).
     */
    public static String referenceCourrier(UUID notificationId) {
        return notificationId.toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
    }

}
