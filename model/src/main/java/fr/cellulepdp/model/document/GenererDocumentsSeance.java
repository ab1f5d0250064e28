package fr.cellulepdp.model.document;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Stockage;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.ServeurSmtp;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.TenirSeance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use case: the documents of a meeting in one action. For a closed meeting: the agenda and the minutes, each in
 * full and for partners, and one letter per decision to the person; before it is closed, the agendas only. The
 * minutes (coordinatrice's frame) and the letters are signed when a certificate is given. Each letter is recorded
 * as a notification with its SHA-256, ready for sending.
 */
public final class GenererDocumentsSeance {

    /** How far the pack is, for a progress bar. */
    @FunctionalInterface
    public interface Progression {
        void avancer(int faits, int total);
    }

    private final Stockage stockage;
    private final GenerateurDocuments generateur;
    private final SignatureDocuments signature;
    private final Horloge horloge;
    private final LecteurImages images;

    public GenererDocumentsSeance(Stockage stockage, GenerateurDocuments generateur, SignatureDocuments signature,
                                  Horloge horloge, LecteurImages images) {
        this.stockage = stockage;
        this.images = images;
        this.generateur = generateur;
        this.signature = signature;
        this.horloge = horloge;
    }

    /** The meeting with this number, or the last one closed when {@code numero} is null. */
    public Seance trouver(Utilisateur acteur, Integer numero) {
        List<Seance> seances = stockage.seances().findAll();
        Optional<Seance> trouvee = numero == null
                ? seances.stream().filter(Seance::estCloturee).max(Comparator.comparing(Seance::date))
                : seances.stream().filter(s -> s.numero() == numero).findFirst();
        return trouvee.orElseThrow(() -> new SaisieInvalideException("séance", numero == null
                ? "aucune séance n'est clôturée." : "il n'y a pas de séance n° " + numero + "."));
    }

    public List<DocumentProduit> generer(Utilisateur acteur, UUID seanceId, Optional<CertificatSignature> certificat,
                                         Progression progression) {
        List<DocumentProduit> produits = produire(acteur, seanceId, certificat, progression, true);
        new Audit(stockage, horloge).noter(acteur, "DOCUMENTS_GENERES", "Seance", seanceId, produits.size()
                + " document(s), dont " + produits.stream().filter(DocumentProduit::signe).count() + " signé(s)");
        return produits;
    }

    /** The same documents, unsigned and not recorded: what the preview shows before signing. */
    public List<DocumentProduit> apercu(Utilisateur acteur, UUID seanceId) {
        return produire(acteur, seanceId, Optional.empty(), (faits, total) -> { }, false);
    }

    private List<DocumentProduit> produire(Utilisateur acteur, UUID seanceId, Optional<CertificatSignature> certificat,
                                           Progression progression, boolean enregistrer) {
        Cellule cellule = stockage.cellules().renseignee();
        DossierSeance dossier = new ConsulterSeance(stockage, new TenirSeance(stockage, horloge))
                .consulter(acteur, seanceId);
        Seance seance = dossier.seance();
        List<Seance> autres = stockage.seances().findAll().stream().filter(s -> !s.id().equals(seanceId))
                .sorted(Comparator.comparing(Seance::date)).toList();
        Seance precedente = autres.stream().filter(s -> s.estCloturee() && s.date().isBefore(seance.date()))
                .reduce((a, b) -> b).orElse(null);
        Seance prochaine = autres.stream().filter(s -> !s.estCloturee() && s.date().isAfter(seance.date()))
                .findFirst().orElse(null);
        ContenuSeance contenu = new ContenuSeance(cellule, dossier, precedente, prochaine, horloge.aujourdhui(),
                new GererModelesCourrier(stockage).modeles(acteur),
                cellule.logo().isEmpty() ? null : images.lire(cellule.logo()).orElse(null));

        List<Lettre> lettres = seance.estCloturee() ? lettres(dossier, horloge.aujourdhui()) : List.of();
        RegleMotDePasse regle = stockage.serveursSmtp().findAll().stream().findFirst()
                .map(ServeurSmtp::regleMotDePasse).orElse(RegleMotDePasse.DATE_NAISSANCE);
        int total = 2 + (seance.estCloturee() ? 2 + lettres.size() : 0);
        List<DocumentProduit> produits = new ArrayList<>();
        produits.add(produit("01-ordre-du-jour.pdf", generateur.ordreDuJour(contenu, false), Optional.empty()));
        progression.avancer(produits.size(), total);
        ContenuSeance partage = contenu.pourPartenaires();
        produits.add(produit("02-ordre-du-jour-partenaires.pdf", generateur.ordreDuJour(partage, true),
                Optional.empty()));
        progression.avancer(produits.size(), total);
        if (!seance.estCloturee()) {
            return produits;
        }
        produits.add(produit("03-proces-verbal.pdf", generateur.procesVerbal(contenu, false), certificat));
        progression.avancer(produits.size(), total);
        produits.add(produit("04-proces-verbal-extrait-partenaires.pdf", generateur.procesVerbal(partage, true),
                Optional.empty()));
        progression.avancer(produits.size(), total);
        for (Lettre lettre : lettres) {
            DocumentPdf document = generateur.notification(contenu, lettre.point(), lettre.decision(),
                    lettre.destinataire());
            DocumentProduit produit = produit("courriers/" + lettre.nomFichier(), document, certificat);
            if (enregistrer) {
                // the e-mailed copy is encrypted with the person's password, then signed; the archive stays PDF/A
                Optional<byte[]> envoi = produit.signe() ? lettre.motDePasseCourriel(regle).map(mdp -> signature
                        .chiffrerEtSigner(document.contenu(), document.emplacements().get(0), certificat.get(), mdp))
                        : Optional.empty();
                enregistrer(lettre.decision(), lettre.destinataire(), envoi.isPresent() ? lettre.adresse() : "",
                        produit, envoi.orElse(produit.contenu()));
            }
            produits.add(produit);
            progression.avancer(produits.size(), total);
        }
        return produits;
    }

    private record Lettre(DossierSeance.Point point, Demande demande, Decision decision, Destinataire destinataire) {

        /** Where the letter is e-mailed: the person's address (copies to partners go by post for now). */
        String adresse() {
            return destinataire == Destinataire.ASSURE ? point.assure().email() : "";
        }

        /**
         * The password of the e-mailed copy, under the cell's rule (by default the date of birth as DDMMYYYY), which
         * the e-mail explains; without an address or what the rule needs, the letter goes by post.
         */
        Optional<String> motDePasseCourriel(RegleMotDePasse regle) {
            return adresse().isEmpty() ? Optional.empty() : regle.motDePasse(point.assure());
        }

        String nomFichier() {
            return point.situation().numeroDossier() + "-" + slug(demande.libelleMesure()) + "-"
                    + slug(decision.issue().libelle())
                    + (destinataire == Destinataire.ASSURE ? "" : "-copie-" + slug(destinataire.libelle())) + ".pdf";
        }
    }

    /**
     * One letter per request decided by this meeting and recipient (urgent decisions ratified had theirs when
     * taken).
     */
    private static List<Lettre> lettres(DossierSeance dossier, java.time.LocalDate date) {
        List<Lettre> lettres = new ArrayList<>();
        for (DossierSeance.Point p : dossier.points()) {
            if (p.point().categorie() == CategoriePoint.RATIFICATION) {
                continue;
            }
            for (Demande d : p.demandes()) {
                dossier.decisionEnVigueur(d.id()).ifPresent(decision -> DestinatairesCourrier
                        .pour(p.situation(), p.assure(), d, date)
                        .forEach(destinataire -> lettres.add(new Lettre(p, d, decision, destinataire))));
            }
        }
        return lettres;
    }

    private DocumentProduit produit(String nom, DocumentPdf document, Optional<CertificatSignature> certificat) {
        byte[] contenu = document.contenu();
        boolean signe = certificat.isPresent() && !document.emplacements().isEmpty();
        if (signe) {
            contenu = signature.signer(contenu, document.emplacements().get(0), certificat.get());
        }
        return new DocumentProduit(nom, contenu, Empreintes.sha256(contenu), signe);
    }

    /** The letter, recorded (or brought up to date while not sent) with its fingerprint. */
    private void enregistrer(Decision decision, Destinataire destinataire, String adresse, DocumentProduit produit,
                             byte[] aJoindre) {
        StatutNotification statut = produit.signe() ? StatutNotification.SIGNEE : StatutNotification.GENEREE;
        stockage.transactions().runInTransaction(() -> {
            Optional<Notification> existante = stockage.notifications().findByDecision(decision.id()).stream()
                    .filter(n -> n.destinataire() == destinataire).findFirst();
            if (existante.isPresent() && existante.get().statut() == StatutNotification.ENVOYEE) {
                return;
            }
            UUID id = existante.map(Notification::id).orElseGet(UUID::randomUUID);
            Notification n = existante.orElse(new Notification(id, 0, decision.id(), destinataire, null, null, "", 0,
                    null, "", "", "<" + id + "@cellule-pdp>", null));
            // a signed letter with an address joins the outbox; the others are printed and posted
            boolean parCourriel = !adresse.isEmpty();
            Notification aJour = stockage.notifications().save(new Notification(n.id(), n.version(), n.decisionId(),
                    n.destinataire(), parCourriel ? CanalEnvoi.EMAIL : CanalEnvoi.COURRIER,
                    parCourriel ? StatutNotification.EN_ATTENTE_ENVOI : statut, produit.sha256(), n.tentatives(),
                    n.envoyeeLe(), n.derniereErreur(), adresse, n.messageId(), null));
            stockage.notifications().attacherPdf(aJour.id(), aJoindre);
        });
    }

    static String slug(String texte) {
        return Textes.pourRecherche(texte).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
