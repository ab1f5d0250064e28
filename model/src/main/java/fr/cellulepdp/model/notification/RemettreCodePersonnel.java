package fr.cellulepdp.model.notification;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.DepotFichier;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.Assure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * Use case: gives a person their personal code on paper outside a decision letter (decision 0024) — with the
 * consent to receive letters by e-mail, a receipt the person signs and the cell keeps; or a new code when the
 * person has lost theirs. The code counts as given as soon as the coordinatrice hands it over (in person) or posts
 * it, so the next letters go by e-mail. Coordinatrice only, as every sending setting.
 */
public final class RemettreCodePersonnel {

    /** Beyond the outbox's longest wait between two attempts: every letter still to send. */
    private static final java.time.Duration ATTENTE_MAXIMALE = java.time.Duration.ofDays(366);
    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How the paper reaches the person: what the e-mails will say (« remis en main propre le … »). */
    public enum Remise {
        EN_MAIN_PROPRE("remis en main propre le "),
        PAR_COURRIER("par courrier postal du ");

        private final String debut;

        Remise(String debut) {
            this.debut = debut;
        }

        String commentaire(LocalDate le) {
            return debut + JOUR.format(le);
        }
    }

    /**
     * Port: lays out the code's page and its receipt (the reports module), a PDF's bytes: the receipt is signed by
     * hand, so no signature frame is drawn, and the outbox knows no document type (decision record 0053).
     */
    @FunctionalInterface
    public interface Rendu {
        byte[] codePersonnel(PageCode page);
    }

    /** What the page holds: the code appears only on the part the person keeps, never on the receipt. */
    public record PageCode(Cellule cellule, Assure assure, String code, Remise remise, boolean remplace,
                           LocalDate le) {

        @Override
        public String toString() {
            return "PageCode[" + remise + ", " + le + "]";
        }
    }

    /**
     * @param enAttente e-mailed letters still in the outbox, encrypted with the former code: to produce again
     */
    public record Resultat(boolean nouveauCode, String remisPar, int enAttente) {
    }

    private final StockageNotifications stockage;
    private final Rendu rendu;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public RemettreCodePersonnel(StockageNotifications stockage, Rendu rendu, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.rendu = rendu;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * Lays out the page, deposits it, then records the code as given. A crash between the two leaves the file and
     * nothing recorded: the code stays as it was, and the next letters are posted with it as before.
     *
     * @param nouveau draw a new code even if the person has one (lost, or seen by someone else)
     */
    public Resultat remettre(String numeroDossier, boolean nouveau, Remise remise,
                             DepotFichier depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "code personnel", "remet les codes personnels des courriels");
        UUID assureId = stockage.situations().findByNumeroDossier(numeroDossier.strip()).orElseThrow(() ->
                new SaisieInvalideException("dossier", "aucun dossier ne porte le numéro « " + numeroDossier.strip()
                        + " ».")).assureId();
        return remettre(assureId, nouveau, remise, depot);
    }

    /** The same, for the person of a file already open in the window. */
    public Resultat remettre(UUID assureId, boolean nouveau, Remise remise, DepotFichier depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "code personnel", "remet les codes personnels des courriels");
        if (stockage.serveursSmtp().regleMotDePasse() != RegleMotDePasse.CODE_PERSONNEL) {
            throw new SaisieInvalideException("code personnel", "les copies envoyées par courriel sont protégées par "
                    + "une autre règle que le code personnel : choisissez « code personnel » dans Paramètres › "
                    + "Courriel avant de remettre un code.");
        }
        Assure assure = stockage.assures().find(assureId).orElseThrow(() ->
                new SaisieInvalideException("personne", "cette personne n'existe pas (ou plus) dans la base."));
        if (assure.email().isBlank()) {
            throw new SaisieInvalideException("courriel", "le dossier de la personne n'a pas d'adresse "
                    + "électronique : renseignez-la d'abord (ses courriers restent postés sans elle).");
        }
        Cellule cellule = stockage.cellules().renseignee();
        LocalDate jour = horloge.aujourdhui();
        var actuel = stockage.codesCourriel().findByAssure(assureId);
        CodeCourriel code = actuel.filter(c -> !nouveau).orElseGet(() -> actuel
                .map(c -> c.renouvele(horloge.maintenant()))
                .orElseGet(() -> CodeCourriel.nouveau(assureId, horloge.maintenant())));
        boolean tire = actuel.map(c -> !c.code().equals(code.code())).orElse(true);

        depot.deposer(rendu.codePersonnel(new PageCode(cellule, assure, code.code(), remise,
                actuel.isPresent() && tire, jour)));

        String remisPar = remise.commentaire(jour);
        int enAttente = stockage.transactions().inTransaction(() -> {
            stockage.codesCourriel().save(code.remis(jour, remisPar));
            // never the code itself in the trail: only that one was given, and how
            new Audit(stockage, horloge).noter(acteur, tire ? "CODE_PERSONNEL_NOUVEAU" : "CODE_PERSONNEL_REMIS",
                    "Assure", assureId, remisPar);
            return tire && actuel.isPresent() ? courrielsEnAttente(assureId) : 0;
        });
        return new Resultat(tire, remisPar, enAttente);
    }

    /** The person's letters waiting in the outbox: their copies were encrypted with the code before. */
    private int courrielsEnAttente(UUID assureId) {
        return (int) stockage.notifications().aEnvoyer(horloge.maintenant().plus(ATTENTE_MAXIMALE)).stream()
                .filter(n -> n.destinataire() == Destinataire.ASSURE && n.canal() == CanalEnvoi.EMAIL)
                .filter(n -> DossierDuCourrier.de(stockage, n).map(s -> s.assureId().equals(assureId)).orElse(false))
                .count();
    }
}
