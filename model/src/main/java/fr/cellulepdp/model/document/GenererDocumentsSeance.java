package fr.cellulepdp.model.document;

import fr.cellulepdp.model.commun.Progression;
import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.Textes;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.demande.Demande;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.CodeCourriel;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.CategoriePoint;
import fr.cellulepdp.model.seance.ConsulterSeance;
import fr.cellulepdp.model.seance.DossierSeance;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.TenirSeance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Use case: the documents of a meeting in one action. For a closed meeting: the agenda and the minutes, each in
 * full and for partners, and one letter per decision to the person; before it is closed, the agendas only. The
 * minutes (coordinatrice's frame) and the letters are signed when a certificate is given. The pack is deposited in
 * the archive first (written and read back); only then is each letter recorded as a notification with its SHA-256,
 * ready for sending, all in one transaction with the audit entry: a crash leaves either no record or every record
 * with its file. A letter already sent or posted is never laid out again: its file and record stay as they were; a
 * decision corrected by a rectificatif has its own letter, under its own name, beside.
 */
public final class GenererDocumentsSeance {

    /**
     * Beside the signed minutes in the archive: the audit trail's head sealed into them (one line, see
     * {@link fr.cellulepdp.model.audit.SceauJournal.Sceau#enTexte()}), which {@code verify-audit} reads back.
     */
    public static final String SCEAU_PROCES_VERBAL = "03-proces-verbal.sceau";

    private final StockageDocuments stockage;
    private final GenerateurDocuments generateur;
    private final SignatureDocuments signature;
    private final Horloge horloge;
    private final LecteurImages images;
    private final Executor travailleurs;
    private final ArchiveDocuments archive;
    private final UtilisateurCourant utilisateurCourant;

    public GenererDocumentsSeance(StockageDocuments stockage, GenerateurDocuments generateur, SignatureDocuments signature,
                                  Horloge horloge, LecteurImages images, ArchiveDocuments archive,
            UtilisateurCourant utilisateurCourant) {
        this(stockage, generateur, signature, horloge, images, Runnable::run, archive, utilisateurCourant);
    }

    private GenererDocumentsSeance(StockageDocuments stockage, GenerateurDocuments generateur, SignatureDocuments signature,
                                   Horloge horloge, LecteurImages images, Executor travailleurs,
                                   ArchiveDocuments archive, UtilisateurCourant utilisateurCourant) {
        this.archive = archive;
        this.stockage = stockage;
        this.images = images;
        this.generateur = generateur;
        this.signature = signature;
        this.horloge = horloge;
        this.travailleurs = travailleurs;
        this.utilisateurCourant = utilisateurCourant;
    }

    /**
     * The same use case, laying out and signing the documents on {@code travailleurs} (the generator and the
     * signature must then be usable from several threads). The pack keeps its order and the letters are recorded
     * one by one on the calling thread, as without them.
     */
    public GenererDocumentsSeance sur(Executor travailleurs) {
        return new GenererDocumentsSeance(stockage, generateur, signature, horloge, images, travailleurs, archive,
                utilisateurCourant);
    }

    /** The meeting with this number, or the last one closed when {@code numero} is null. */
    public Seance trouver(Integer numero) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        // the command line's way to a meeting, before it produces its documents or conducts it
        Droits.coordinatrice(acteur, "séance", "conduit les séances et en produit les documents");
        List<Seance> seances = stockage.seances().findAll();
        Optional<Seance> trouvee = numero == null
                ? seances.stream().filter(Seance::estCloturee).max(Comparator.comparing(Seance::date))
                : seances.stream().filter(s -> s.numero() == numero).findFirst();
        return trouvee.orElseThrow(() -> new SaisieInvalideException("séance", numero == null
                ? "aucune séance n'est clôturée." : "il n'y a pas de séance n° " + numero + "."));
    }

    public List<DocumentProduit> generer(UUID seanceId, Optional<CertificatSignature> certificat,
                                         Progression progression) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        return generer(seanceId, certificat, progression, sansAdresse -> { });
    }

    /**
     * The same, telling {@code sansAdresse} what {@link #sansAdresse} would, from the meeting read for the pack and
     * before any document is laid out: the command line says it first without reading the whole meeting twice.
     */
    public List<DocumentProduit> generer(UUID seanceId, Optional<CertificatSignature> certificat,
                                         Progression progression, Consumer<List<String>> sansAdresse) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "documents", "produit les documents de la séance");
        Pack pack = produire(acteur, seanceId, certificat, progression, true, sansAdresse);
        if (!pack.mentionsManquantes().isEmpty()) {
            // checked before anything is written or recorded: no letter leaves without what the law requires
            throw new SaisieInvalideException("mentions légales", "les courriers ne peuvent pas être produits, il "
                    + "manque : " + String.join(" ; ", pack.mentionsManquantes()) + ".");
        }
        archive.deposer(pack.numeroSeance(), pack.sceau().map(sceau -> {
            List<DocumentProduit> avecSceau = new ArrayList<>(pack.produits());
            byte[] ligne = (sceau.enTexte() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            avecSceau.add(new DocumentProduit(SCEAU_PROCES_VERBAL, ligne, Empreintes.sha256(ligne), false));
            return (List<DocumentProduit>) avecSceau;
        }).orElse(pack.produits()));
        stockage.transactions().runInTransaction(() -> {
            for (Courrier courrier : pack.courriers()) {
                Notification lettre = enregistrer(courrier.lettre(), courrier.envoi().isPresent()
                        ? courrier.lettre().adresse() : "", courrier.produit(),
                        courrier.envoi().orElse(courrier.produit().contenu()));
                courrier.lettre().code().filter(code -> courrier.envoi().isEmpty() && !code.estRemis())
                        .ifPresent(code -> noterCodeImprime(code, lettre.id()));
            }
            diffuserProcesVerbalSigne(acteur, seanceId, pack.produits());
            new Audit(stockage, horloge).noter(acteur, "DOCUMENTS_GENERES", "Seance", seanceId, pack.produits().size()
                    + " document(s), dont " + pack.produits().stream().filter(DocumentProduit::signe).count()
                    + " signé(s)" + pack.sceau().map(sceau -> " ; journal scellé à l'entrée n° " + sceau.sequence()
                    + " dans le procès-verbal signé").orElse(""));
        });
        return pack.produits();
    }

    /**
     * Signed minutes go out to the members (to each partner the extract of his organisation type), once each, with
     * the documents' record.
     */
    private void diffuserProcesVerbalSigne(Utilisateur acteur, UUID seanceId, List<DocumentProduit> produits) {
        Optional<DocumentProduit> signe = produits.stream()
                .filter(d -> d.nomFichier().equals("03-proces-verbal.pdf") && d.signe()).findFirst();
        Map<String, byte[]> extraits = new HashMap<>();
        produits.forEach(d -> extraits.put(d.nomFichier(), d.contenu()));
        if (signe.isPresent() && extraits.containsKey(ExtraitsPartenaires.PROCES_VERBAL)) {
            stockage.diffusionProcesVerbal(horloge).mettreEnFile(acteur,
                    stockage.seances().get(seanceId), signe.get().contenu(),
                    type -> extraits.get(ExtraitsPartenaires.procesVerbal(type)));
        }
    }

    /**
     * The letters of the closed meeting that could be neither e-mailed nor posted, each named in French, for the
     * window and the command line to say before generating (they are then recorded « Adresse manquante »).
     */
    public List<String> sansAdresse(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "documents", "produit les documents de la séance");
        DossierSeance dossier = new ConsulterSeance(stockage, new TenirSeance(stockage, horloge, () -> acteur),
                () -> acteur).consulter(seanceId);
        if (!dossier.seance().estCloturee()) {
            return List.of();
        }
        return lettres(dossier, dateDesCourriers(dossier.seance()),
                new fr.cellulepdp.model.annuaire.GererAnnuaire(stockage, horloge, () -> acteur).actives()).stream()
                .map(Lettre::sansAdresse).flatMap(Optional::stream).toList();
    }

    /** The same documents, unsigned and not recorded: what the preview shows before signing. */
    public List<DocumentProduit> apercu(UUID seanceId) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "documents", "produit les documents de la séance");
        return produire(acteur, seanceId, Optional.empty(), (faits, total) -> { }, false, sansAdresse -> { })
                .produits();
    }

    /**
     * The day the documents are dated: today, but never before the meeting they report (a meeting closed ahead of
     * its day still decided on that day).
     */
    private java.time.LocalDate dateDesCourriers(Seance seance) {
        java.time.LocalDate aujourdhui = horloge.aujourdhui();
        return seance.date().isAfter(aujourdhui) ? seance.date() : aujourdhui;
    }

    /**
     * The documents of the pack in order, the letters to record once they are on disk, and the trail's head sealed
     * into the signed minutes (empty when unsigned, or when the acting account's key is not open).
     */
    private record Pack(int numeroSeance, List<DocumentProduit> produits, List<Courrier> courriers,
                        List<String> mentionsManquantes, Optional<fr.cellulepdp.model.audit.SceauJournal.Sceau> sceau) {
    }

    private Pack produire(Utilisateur acteur, UUID seanceId, Optional<CertificatSignature> certificat,
                         Progression progression, boolean avecCopiesCourriel, Consumer<List<String>> sansAdresse) {
        Cellule cellule = stockage.cellules().renseignee();
        DossierSeance dossier = new ConsulterSeance(stockage, new TenirSeance(stockage, horloge, () -> acteur),
                () -> acteur).consulter(seanceId);
        Seance seance = dossier.seance();
        List<Seance> autres = stockage.seances().findAll().stream().filter(s -> !s.id().equals(seanceId))
                .sorted(Comparator.comparing(Seance::date)).toList();
        Seance precedente = seance.precedenteParmi(autres).orElse(null);
        // a cancelled meeting is no next meeting
        Seance prochaine = autres.stream().filter(s -> !s.estCloturee()
                        && s.statut() != fr.cellulepdp.model.seance.StatutSeance.ANNULEE
                        && s.date().isAfter(seance.date()))
                .findFirst().orElse(null);
        ContenuSeance contenu = new ContenuSeance(cellule, dossier, precedente, prochaine, dateDesCourriers(seance),
                new GererModelesCourrier(stockage, horloge, () -> acteur).modeles(),
                cellule.logo().isEmpty() ? null : images.lire(cellule.logo()).orElse(null),
                new fr.cellulepdp.model.annuaire.GererAnnuaire(stockage, horloge, () -> acteur).actives(),
                stockage.approbationsProcesVerbal().findBySeance(seanceId).orElse(null));

        RegleMotDePasse regle = stockage.serveursSmtp().regleMotDePasse();
        // one code per person for the whole pack: a person with two letters gets the same new code printed on both
        Map<UUID, CodeCourriel> nouveaux = new HashMap<>();
        List<Lettre> toutes = seance.estCloturee() ? lettres(dossier, contenu.dateEdition(), contenu.annuaire())
                : List.of();
        sansAdresse.accept(toutes.stream().map(Lettre::sansAdresse).flatMap(Optional::stream).toList());
        List<Lettre> lettres = seance.estCloturee() ? toutes
                .stream().filter(lettre -> !dejaEnvoyee(lettre))
                .map(lettre -> avecCopiesCourriel ? lettre.avecCode(code(lettre, regle, nouveaux)) : lettre).toList()
                : List.of();
        List<fr.cellulepdp.model.cellule.Membre> partenaires = ExtraitsPartenaires.convoques(stockage, seance);
        List<fr.cellulepdp.model.cellule.Partenaire> types = ExtraitsPartenaires.types(partenaires);
        int total = (2 + types.size()) * (seance.estCloturee() ? 2 : 1) + (seance.estCloturee() ? lettres.size() : 0);
        // everything is laid out and signed ahead on the workers; the results are taken (and recorded) in order
        Lot lot = new Lot(travailleurs);
        List<CompletableFuture<DocumentProduit>> documents = new ArrayList<>();
        documents.add(lot.plusTard(() -> produit("01-ordre-du-jour.pdf", generateur.ordreDuJour(contenu, false),
                Optional.empty())));
        // each partner type its own version, listing only the files whose consent covers it
        ContenuSeance partage = ExtraitsPartenaires.commun(contenu, partenaires);
        documents.add(lot.plusTard(() -> produit(ExtraitsPartenaires.ORDRE_DU_JOUR,
                generateur.ordreDuJour(partage, true), Optional.empty())));
        for (fr.cellulepdp.model.cellule.Partenaire type : types) {
            documents.add(lot.plusTard(() -> produit(ExtraitsPartenaires.ordreDuJour(type),
                    generateur.ordreDuJour(contenu.pourPartenaire(type), type), Optional.empty())));
        }
        // the signed minutes carry the trail's head: entries removed after them are named by verify-audit
        Optional<fr.cellulepdp.model.audit.SceauJournal.Sceau> sceau = seance.estCloturee() && certificat.isPresent()
                ? fr.cellulepdp.model.audit.SceauJournal.Sceau.tete(stockage, acteur.identifiant()) : Optional.empty();
        if (seance.estCloturee()) {
            documents.add(lot.plusTard(() -> produit("03-proces-verbal.pdf",
                    generateur.procesVerbal(contenu, false), certificat, sceau)));
            documents.add(lot.plusTard(() -> produit(ExtraitsPartenaires.PROCES_VERBAL,
                    generateur.procesVerbal(partage, true), Optional.empty())));
            for (fr.cellulepdp.model.cellule.Partenaire type : types) {
                documents.add(lot.plusTard(() -> produit(ExtraitsPartenaires.procesVerbal(type),
                        generateur.procesVerbal(contenu.pourPartenaire(type), type), Optional.empty())));
            }
        }
        List<CompletableFuture<Courrier>> courriers = lettres.stream()
                .map(lettre -> lot.plusTard(() -> courrier(contenu, lettre, certificat, avecCopiesCourriel ? regle : null)))
                .toList();
        List<DocumentProduit> produits = new ArrayList<>();
        List<Courrier> faits = new ArrayList<>();
        try {
            for (CompletableFuture<DocumentProduit> document : documents) {
                produits.add(resultat(document));
                progression.avancer(produits.size(), total);
            }
            for (CompletableFuture<Courrier> attendu : courriers) {
                Courrier courrier = resultat(attendu);
                faits.add(courrier);
                produits.add(courrier.produit());
                progression.avancer(produits.size(), total);
            }
        } finally {
            lot.abandonner();
        }
        List<String> manquantes = lettres.isEmpty() ? List.of() : MentionsLegales.manquantes(cellule,
                contenu.annuaire(), lettres.stream().anyMatch(l -> VoiesDeRecours.refuse(l.decision())),
                lettres.stream().anyMatch(l -> VoiesDeRecours.motifMedical(l.decision())),
                lettres.stream().anyMatch(l -> VoiesDeRecours.ajournementAvecRecours(l.decision(), cellule)));
        boolean pvSigne = produits.stream().anyMatch(d -> d.nomFichier().equals("03-proces-verbal.pdf") && d.signe());
        return new Pack(seance.numero(), produits, faits, manquantes, pvSigne ? sceau : Optional.empty());
    }

    /** A letter signed as archived and, for an e-mail, its copy encrypted with the person's password. */
    private record Courrier(Lettre lettre, DocumentProduit produit, Optional<byte[]> envoi) {
    }

    /**
     * A letter sent or posted is immutable: re-rendering the meeting leaves it (file and record) as it is. A
     * corrected decision is another decision, whose letter is a new one.
     */
    private boolean dejaEnvoyee(Lettre lettre) {
        return stockage.notifications().findByDecision(lettre.decision().id()).stream()
                .anyMatch(n -> n.destinataire() == lettre.destinataire() && n.statut() == StatutNotification.ENVOYEE);
    }

    /**
     * The person's code for a letter that may be e-mailed under the personal-code rule: the one they have, or a new
     * one (saved with the letter that carries it on paper). Empty under another rule, or for a letter to post anyway.
     */
    private Optional<CodeCourriel> code(Lettre lettre, RegleMotDePasse regle, Map<UUID, CodeCourriel> nouveaux) {
        if (regle != RegleMotDePasse.CODE_PERSONNEL || lettre.adresse().isEmpty()) {
            return Optional.empty();
        }
        UUID assure = lettre.point().assure().id();
        return Optional.of(stockage.codesCourriel().findByAssure(assure)
                .orElseGet(() -> nouveaux.computeIfAbsent(assure, a -> CodeCourriel.nouveau(a, horloge.maintenant()))));
    }

    /** The code printed on this letter: once the letter is marked posted, the code counts as given. */
    private void noterCodeImprime(CodeCourriel code, UUID lettre) {
        CodeCourriel actuel = stockage.codesCourriel().findByAssure(code.assureId()).orElse(code);
        stockage.codesCourriel().save(actuel.imprimeSur(lettre));
    }

    /** @param regle the rule of the e-mailed copy's password; null when nothing is recorded (no copy then) */
    private Courrier courrier(ContenuSeance contenu, Lettre lettre, Optional<CertificatSignature> certificat,
                              RegleMotDePasse regle) {
        Optional<String> motDePasse = regle == null ? Optional.empty() : lettre.motDePasseCourriel(regle);
        // a letter to post to someone whose code is not given yet carries it, for the letters to come
        Optional<String> codeImprime = motDePasse.isEmpty()
                ? lettre.code().filter(code -> !code.estRemis()).map(CodeCourriel::code) : Optional.empty();
        DocumentPdf document = generateur.notification(contenu, lettre.point(), lettre.decision(),
                lettre.destinataire(), codeImprime);
        DocumentProduit produit = produit("courriers/" + lettre.nomFichier(), document, certificat);
        // the e-mailed copy is encrypted with the person's password, then signed; the archive stays PDF/A
        Optional<byte[]> envoi = regle != null && produit.signe() ? motDePasse
                .map(mdp -> signature.chiffrerEtSigner(document.contenu(), document.emplacements().get(0),
                        certificat.get(), mdp))
                : Optional.empty();
        return new Courrier(lettre, produit, envoi);
    }

    /** The work of one pack given to the workers: after a failure, what has not started yet is dropped. */
    private static final class Lot {

        private final Executor travailleurs;
        private volatile boolean abandonne;

        Lot(Executor travailleurs) {
            this.travailleurs = travailleurs;
        }

        <T> CompletableFuture<T> plusTard(Supplier<T> travail) {
            return CompletableFuture.supplyAsync(() -> {
                if (abandonne) {
                    throw new CancellationException("abandonné après un échec");
                }
                try {
                    return travail.get();
                } catch (RuntimeException | Error e) {
                    abandonne = true;
                    throw e;
                }
            }, travailleurs);
        }

        /** Once the pack is taken (or has failed), nothing more is started. */
        void abandonner() {
            abandonne = true;
        }
    }

    /** The result, or the failure as the work threw it (a wrong certificate password stays a SaisieInvalide). */
    private static <T> T resultat(CompletableFuture<T> attendu) {
        try {
            return attendu.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error erreur) {
                throw erreur;
            }
            throw e;
        }
    }

    /**
     * @param postale true when the recipient has a postal address complete enough to post the letter to
     * @param rectification 0 for a decision, 1 for its rectificatif, 2 for the rectificatif of that one…
     * @param code the person's code when the personal-code rule applies to this letter
     */
    private record Lettre(DossierSeance.Point point, Demande demande, Decision decision, Destinataire destinataire,
                          boolean postale, int rectification, Optional<CodeCourriel> code) {

        Lettre avecCode(Optional<CodeCourriel> code) {
            return new Lettre(point, demande, decision, destinataire, postale, rectification, code);
        }

        /** Why the letter can be neither e-mailed nor posted, in French; empty when it can be. */
        Optional<String> sansAdresse() {
            if (postale || !adresse().isEmpty()) {
                return Optional.empty();
            }
            String dossier = point.situation().numeroDossier() + " (" + demande.libelleMesure() + ")";
            return Optional.of(destinataire == Destinataire.ASSURE
                    ? dossier + " : la personne n'a ni adresse postale complète (rue, code postal, ville) ni courriel."
                    : dossier + " : la copie à « " + DestinatairesCourrier.nom(point.situation(), point.assure(),
                    demande, destinataire) + " » n'a pas d'adresse postale complète dans l'annuaire.");
        }

        /** Where the letter is e-mailed: the person's address (copies to partners go by post for now). */
        String adresse() {
            return destinataire == Destinataire.ASSURE ? point.assure().email() : "";
        }

        /**
         * The password of the e-mailed copy, under the cell's rule (by default the person's code, once given), which
         * the e-mail explains; without an address or what the rule needs, the letter goes by post.
         */
        Optional<String> motDePasseCourriel(RegleMotDePasse regle) {
            return adresse().isEmpty() ? Optional.empty() : regle.motDePasse(point.assure(), code);
        }

        String nomFichier() {
            return point.situation().numeroDossier() + "-" + slug(demande.libelleMesure()) + "-"
                    + slug(decision.issue().libelle())
                    + (destinataire == Destinataire.ASSURE ? "" : "-copie-" + slug(destinataire.libelle()))
                    + (rectification == 0 ? "" : "-rectificatif" + (rectification == 1 ? "" : "-" + rectification))
                    + ".pdf";
        }
    }

    /**
     * One letter per request decided by this meeting and recipient (urgent decisions ratified had theirs when
     * taken); a measure the cell only follows gets none: it decided nothing.
     */
    private static List<Lettre> lettres(DossierSeance dossier, java.time.LocalDate date,
                                        List<fr.cellulepdp.model.annuaire.Organisation> annuaire) {
        List<Lettre> lettres = new ArrayList<>();
        for (DossierSeance.Point p : dossier.points()) {
            if (p.point().categorie() == CategoriePoint.RATIFICATION) {
                continue;
            }
            for (Demande d : p.demandes()) {
                dossier.decisionEnVigueur(d.id()).filter(decision -> decision.issue().estUneDecision())
                        .ifPresent(decision -> DestinatairesCourrier
                        .pour(p.situation(), p.assure(), d, date)
                        .forEach(destinataire -> lettres.add(new Lettre(p, d, decision, destinataire,
                                DestinatairesCourrier.adressePostale(p.situation(), p.assure(), d, destinataire,
                                        annuaire).isPresent(), rectifications(dossier, decision),
                                Optional.empty()))));
            }
        }
        return lettres;
    }

    /** How many rectificatifs lead to this decision from the one first taken. */
    private static int rectifications(DossierSeance dossier, Decision decision) {
        int n = 0;
        Optional<Decision> d = Optional.of(decision);
        while (d.isPresent() && d.get().estRectificatif()) {
            n++;
            UUID corrigee = d.get().rectifieDecisionId();
            d = dossier.decisions().stream().filter(x -> x.id().equals(corrigee)).findFirst();
        }
        return n;
    }

    private DocumentProduit produit(String nom, DocumentPdf document, Optional<CertificatSignature> certificat) {
        return produit(nom, document, certificat, Optional.empty());
    }

    private DocumentProduit produit(String nom, DocumentPdf document, Optional<CertificatSignature> certificat,
                                    Optional<fr.cellulepdp.model.audit.SceauJournal.Sceau> sceau) {
        byte[] contenu = document.contenu();
        boolean signe = certificat.isPresent() && !document.emplacements().isEmpty();
        if (signe) {
            contenu = sceau.isPresent()
                    ? signature.signerAvecSceau(contenu, document.emplacements().get(0), certificat.get(),
                    sceau.get().enTexte())
                    : signature.signer(contenu, document.emplacements().get(0), certificat.get());
        }
        return new DocumentProduit(nom, contenu, Empreintes.sha256(contenu), signe);
    }

    /**
     * The letter, recorded (or brought up to date while not sent) with its fingerprint; a letter to post without a
     * postal address is recorded as such, and cannot be marked posted.
     */
    private Notification enregistrer(Lettre lettre, String adresse, DocumentProduit produit, byte[] aJoindre) {
        Decision decision = lettre.decision();
        Destinataire destinataire = lettre.destinataire();
        StatutNotification statut = !lettre.postale() ? StatutNotification.ADRESSE_MANQUANTE
                : produit.signe() ? StatutNotification.SIGNEE : StatutNotification.GENEREE;
        return stockage.transactions().inTransaction(() -> {
            Optional<Notification> existante = stockage.notifications().findByDecision(decision.id()).stream()
                    .filter(n -> n.destinataire() == destinataire).findFirst();
            if (existante.isPresent() && existante.get().statut() == StatutNotification.ENVOYEE) {
                return existante.get();
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
            return aJour;
        });
    }

    static String slug(String texte) {
        return Textes.pourRecherche(texte).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
