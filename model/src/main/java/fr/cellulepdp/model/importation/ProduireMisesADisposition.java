package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Cellule;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Empreintes;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Horodatages;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.commun.DepotFichier;
import fr.cellulepdp.model.document.DocumentPdf;
import fr.cellulepdp.model.document.LecteurImages;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.FusionPdf;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Origine;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Situation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Use case: the « courrier de mise à disposition » to the people of the IJ 60 days list (seed 002). For each
 * situation of the list still open that has none, the letter is laid out (PDF/A), its file deposited whole and read
 * back, and only then recorded on the situation — so a crash leaves either no record (the next run writes the file
 * again) or a record with its file, and a situation never gets two (checked here, guaranteed by the unique key). The
 * letters go by post: a person new to the cell has no personal code yet (decision record 0024). They are printed in
 * one PDF and marked posted like the decision letters.
 */
public final class ProduireMisesADisposition {

    private final StockageImportation stockage;
    private final GenerateurMiseADisposition generateur;
    private final LecteurImages images;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ProduireMisesADisposition(StockageImportation stockage, GenerateurMiseADisposition generateur, LecteurImages images,
                                     Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.generateur = generateur;
        this.images = images;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The situations of the IJ 60 days list still open, with their letter when there is one (file number order). */
    public List<LigneMiseADisposition> situations() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "courrier");
        return stockage.misesADisposition().dossiersOuvertsDeLaListe();
    }

    /** The situations that have no letter yet: the new ones of the last imports. */
    public List<LigneMiseADisposition> nouvelles() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        return situations().stream().filter(l -> l.courrier().isEmpty()).toList();
    }

    /**
     * Produces the letter of each situation given that has none yet ({@code null}: every new one); the others are
     * skipped. {@code depot} gives, for a file number, where that letter's file goes.
     *
     * @return the letters produced now (none when every situation already had its letter)
     */
    public List<MiseADisposition> produire(List<UUID> situationIds,
                                           Function<String, DepotFichier> depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "courrier", "produit les courriers de mise à disposition");
        Cellule cellule = stockage.cellules().existante().orElseThrow(() ->
                new SaisieInvalideException("cellule", "la cellule n'est pas paramétrée (Paramètres › Cellule)."));
        List<UUID> cibles = situationIds == null ? nouvelles().stream().map(LigneMiseADisposition::situationId).toList()
                : situationIds;
        String modele = stockage.misesADisposition().modele().orElse(TexteMiseADisposition.PAR_DEFAUT);
        byte[] logo = cellule.logo().isEmpty() ? null : images.lire(cellule.logo()).orElse(null);
        LocalDate aujourdhui = horloge.aujourdhui();
        List<MiseADisposition> produits = new ArrayList<>();
        for (UUID id : cibles) {
            Situation situation = stockage.situations().find(id).orElseThrow(() ->
                    new SaisieInvalideException("situation", "dossier introuvable (" + id + ")."));
            if (situation.origine() != Origine.REQUETE_IJ_60J) {
                throw new SaisieInvalideException("situation", "le dossier " + situation.numeroDossier()
                        + " ne vient pas de la liste IJ 60 jours : le courrier de mise à disposition ne le concerne pas.");
            }
            if (stockage.misesADisposition().findBySituation(id).isPresent()) {
                continue;
            }
            Assure assure = stockage.assures().get(situation.assureId());
            DocumentPdf pdf = generateur.courrier(new GenerateurMiseADisposition.Contenu(cellule, logo, assure,
                    situation, aujourdhui, modele, valeurs(cellule, assure, situation),
                    stockage.organisations().findAll()));
            String fichier = situation.numeroDossier() + "-mise-a-disposition.pdf";
            depot.apply(situation.numeroDossier()).deposer(pdf.contenu());
            MiseADisposition courrier = new MiseADisposition(UUID.randomUUID(), 0, id, CanalEnvoi.COURRIER, fichier,
                    Empreintes.sha256(pdf.contenu()), horloge.maintenant(), null);
            stockage.transactions().runInTransaction(() -> {
                stockage.misesADisposition().save(courrier);
                new Audit(stockage, horloge).noter(acteur, "MISE_A_DISPOSITION", "Situation", id,
                        "courrier de mise à disposition " + fichier + ", SHA-256 " + courrier.sha256());
            });
            produits.add(courrier);
        }
        return produits;
    }

    /** The placeholders' values for one person (never a NIR: the letter is addressed, not identified by it). */
    static Map<String, String> valeurs(Cellule cellule, Assure a, Situation s) {
        Map<String, String> v = new HashMap<>();
        v.put("assure.civilite", a.sexe() == Sexe.FEMININ ? "Madame" : a.sexe() == Sexe.MASCULIN ? "Monsieur"
                : "Madame, Monsieur");
        v.put("assure.prenom", a.prenom());
        v.put("assure.nom", a.nom().toUpperCase(java.util.Locale.FRENCH));
        v.put("arret.debut", s.debutArret() == null ? "" : Horodatages.date(s.debutArret()));
        v.put("situation.numero", s.numeroDossier());
        v.put("cellule.nom", cellule.nom());
        v.put("cellule.telephone", cellule.telephone());
        v.put("cellule.email", cellule.email());
        return v;
    }

    /**
     * The letters produced and not posted yet, in one PDF to print, deposited before the export is written in the
     * audit trail; empty, nothing written, when there is none.
     */
    public Optional<byte[]> deposerAPoster(Function<String, byte[]> lireFichier, FusionPdf fusion,
                                           DepotFichier depot) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "courrier", "imprime les courriers à poster");
        List<MiseADisposition> aPoster = aPoster();
        if (aPoster.isEmpty()) {
            return Optional.empty();
        }
        byte[] pdf = fusion.fusionner(aPoster.stream().map(m -> lireFichier.apply(m.fichier())).toList());
        depot.deposer(pdf);
        new Audit(stockage, horloge).noter(acteur, "COURRIERS_A_POSTER", "MiseADisposition", null,
                aPoster.size() + " courrier(s) de mise à disposition à poster réunis, SHA-256 "
                        + Empreintes.sha256(pdf));
        return Optional.of(pdf);
    }

    /** Marks the letters not posted yet as posted now (the use case's clock); returns how many. */
    public int marquerPostes() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "courrier", "marque les courriers postés");
        Instant le = horloge.maintenant();
        return stockage.transactions().inTransaction(() -> {
            List<MiseADisposition> aPoster = aPoster();
            aPoster.forEach(m -> stockage.misesADisposition().save(m.postee(le)));
            if (!aPoster.isEmpty()) {
                new Audit(stockage, horloge).noter(acteur, "COURRIERS_POSTES", "MiseADisposition", null,
                        aPoster.size() + " courrier(s) de mise à disposition marqué(s) posté(s)");
            }
            return aPoster.size();
        });
    }

    /** How many letters are produced and not posted yet. */
    public int nombreAPoster() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "courrier");
        return aPoster().size();
    }

    private List<MiseADisposition> aPoster() {
        return stockage.misesADisposition().nonPostees().stream()
                .sorted(Comparator.comparing(MiseADisposition::fichier)).toList();
    }

    /** The cell's wording in force (the default until it is changed). */
    public String modele() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.interne(acteur, "modèle");
        return stockage.misesADisposition().modele().orElse(TexteMiseADisposition.PAR_DEFAUT);
    }

    /** @throws SaisieInvalideException when empty or naming an unknown placeholder; nothing is saved then */
    public void enregistrerModele(String texte) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "modèle", "modifie les modèles de courrier");
        if (texte == null || texte.isBlank()) {
            throw new SaisieInvalideException("modèle", "le modèle du courrier de mise à disposition est vide.");
        }
        List<String> inconnus = TexteMiseADisposition.inconnus(texte);
        if (!inconnus.isEmpty()) {
            throw new SaisieInvalideException("modèle", "champ(s) inconnu(s) : " + String.join(", ", inconnus.stream()
                    .map(c -> "{{" + c + "}}").toList()) + ". Champs possibles : " + String.join(", ",
                    TexteMiseADisposition.PLACEHOLDERS.keySet().stream().sorted().map(c -> "{{" + c + "}}").toList())
                    + ".");
        }
        stockage.transactions().runInTransaction(() -> {
            stockage.misesADisposition().enregistrerModele(texte);
            new Audit(stockage, horloge).noter(acteur, "MODELE_COURRIER", "TexteMiseADisposition", null,
                    "courrier de mise à disposition : " + texte.length() + " caractères");
        });
    }
}
