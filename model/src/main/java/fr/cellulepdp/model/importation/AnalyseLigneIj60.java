package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.Adresse;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.situation.IdentiteNir;
import fr.cellulepdp.model.situation.Assure;
import fr.cellulepdp.model.situation.Entreprise;
import fr.cellulepdp.model.situation.Nir;
import fr.cellulepdp.model.situation.Risque;
import fr.cellulepdp.model.situation.Sexe;
import fr.cellulepdp.model.situation.Siret;
import fr.cellulepdp.model.situation.StatutAssure;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of the monthly list of people on sick leave for 60 days or more: checks every value and
 * either builds the person and the sick leave, or says in French everything that is wrong with the row.
 */
final class AnalyseLigneIj60 {

    static final List<String> COLONNES_OBLIGATOIRES = List.of("nir", "nom", "prenom", "date_debut_arret", "risque");
    private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern ADRESSE = Pattern.compile("(.*?)[,\\s]+(\\d{5})\\s+(.+)");

    private final LocalDate aujourdhui;
    private final java.util.function.Supplier<UUID> identifiants;

    AnalyseLigneIj60(LocalDate aujourdhui) {
        this(aujourdhui, UUID::randomUUID);
    }

    /** With the identifiers to give the new people (the import's are in increasing order). */
    AnalyseLigneIj60(LocalDate aujourdhui, java.util.function.Supplier<UUID> identifiants) {
        this.aujourdhui = aujourdhui;
        this.identifiants = identifiants;
    }

    /** The row read, or the French reasons it is refused, each naming its column. */
    Resultat analyser(LigneImport ligne) {
        if (!ligne.illisible().isEmpty()) {
            return new Resultat(null, null, null, "ligne illisible : " + ligne.illisible());
        }
        Problemes problemes = new Problemes(ligne);
        for (String colonne : COLONNES_OBLIGATOIRES) {
            if (ligne.valeur(colonne).isEmpty()) {
                problemes.ajouter(colonne, "obligatoire, vide");
            }
        }
        Nir nir = null;
        if (!ligne.valeur("nir").isEmpty()) {
            String probleme = Nir.verifier(ligne.valeur("nir"));
            if (probleme == null) {
                nir = Nir.de(ligne.valeur("nir"));
            } else {
                problemes.ajouter("nir", probleme);
            }
        }
        LocalDate naissance = date(ligne, "date_naissance", problemes);
        LocalDate debutArret = date(ligne, "date_debut_arret", problemes);
        problemes.ajouter("date_naissance", IdentiteNir.naissanceInvraisemblable(naissance));
        problemes.ajouter("date_debut_arret", IdentiteNir.arretAvantNaissance(naissance, debutArret));
        Risque risque = risque(ligne.valeur("risque"), problemes);
        Sexe sexe = sexe(ligne.valeur("sexe"), problemes);
        if (nir != null) {
            IdentiteNir.incoherences(nir, naissance, null).forEach(m -> problemes.ajouter("date_naissance", m));
            IdentiteNir.incoherences(nir, null, sexe).forEach(m -> problemes.ajouter("sexe", m));
            // the list often leaves the sex out: the NIR gives it
            sexe = sexe == null ? IdentiteNir.sexe(nir) : sexe;
        }
        Siret siret = null;
        if (!ligne.valeur("siret").isEmpty()) {
            String probleme = Siret.verifier(ligne.valeur("siret"));
            if (probleme == null) {
                siret = Siret.de(ligne.valeur("siret"));
            } else {
                problemes.ajouter("siret", probleme);
            }
        }
        problemes.longueur("nom", 100);
        problemes.longueur("prenom", 100);
        problemes.longueur("employeur", 200);
        problemes.longueur("telephone", 30);
        List<Probleme> formes = new ArrayList<>();
        if (ligne.valeur("telephone").length() <= 30) {
            Saisies.telephone(formes, "telephone", ligne.valeur("telephone"));
        }
        Saisies.courriel(formes, "email", ligne.valeur("email"));
        formes.forEach(p -> problemes.ajouter(p.champ(), p.message()));
        Adresse adresse = adresse(ligne.valeur("adresse"));
        if (adresse.ligne1().length() > 200 || adresse.ville().length() > 100) {
            problemes.ajouter("adresse", "trop longue (200 caractères au plus pour la rue, 100 pour la ville).");
        }
        if (!problemes.vide()) {
            return new Resultat(null, null, null, problemes.texte());
        }
        String employeur = ligne.valeur("employeur");
        Assure assure = new Assure(identifiants.get(), 0, nir, ligne.valeur("nom"), ligne.valeur("prenom"), naissance,
                sexe, adresse, ligne.valeur("email"), ligne.valeur("telephone"), StatutAssure.SALARIE,
                employeur.isEmpty() && siret == null ? null : new Entreprise(employeur, siret), "");
        return new Resultat(assure, risque, debutArret, null);
    }

    private LocalDate date(LigneImport ligne, String colonne, Problemes problemes) {
        String texte = ligne.valeur(colonne);
        if (texte.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(texte, JJ_MM_AAAA);
            if (date.isAfter(aujourdhui)) {
                problemes.ajouter(colonne, "date dans le futur.");
            }
            return date;
        } catch (DateTimeParseException e) {
            // the value is not repeated: a birth date identifies
            problemes.ajouter(colonne, "pas une date jj/mm/aaaa existante.");
            return null;
        }
    }

    private static Risque risque(String texte, Problemes problemes) {
        if (texte.isEmpty()) {
            return null;
        }
        switch (texte.toLowerCase(Locale.ROOT).replace('é', 'e')) {
            case "maladie":
                return Risque.MALADIE;
            case "at":
                return Risque.ACCIDENT_TRAVAIL;
            case "mp":
                return Risque.MALADIE_PROFESSIONNELLE;
            case "invalidite":
                return Risque.INVALIDITE;
            default:
                problemes.ajouter("risque", "« " + texte + " » inconnu (maladie, at, mp ou invalidite).");
                return null;
        }
    }

    private static Sexe sexe(String texte, Problemes problemes) {
        switch (texte.toLowerCase(Locale.ROOT)) {
            case "":
                return null;
            case "1", "m", "h", "homme", "masculin":
                return Sexe.MASCULIN;
            case "2", "f", "femme", "féminin", "feminin":
                return Sexe.FEMININ;
            default:
                problemes.ajouter("sexe", "« " + texte + " » inconnu (1, 2, M ou F).");
                return null;
        }
    }

    /** "3 rue X, 58000 Nevers" becomes street, postcode and town; anything else stays on the first line. */
    private static Adresse adresse(String texte) {
        Matcher decoupage = ADRESSE.matcher(texte);
        if (decoupage.matches()) {
            return new Adresse(decoupage.group(1), "", decoupage.group(2), decoupage.group(3));
        }
        return new Adresse(texte, "", "", "");
    }

    record Resultat(Assure assure, Risque risque, LocalDate debutArret, String erreur) {
    }

    /** The problems of one row, each introduced by its column and position: « colonne « nom » (n° 2) : … ». */
    private static final class Problemes {
        private final LigneImport ligne;
        private final List<String> textes = new ArrayList<>();

        Problemes(LigneImport ligne) {
            this.ligne = ligne;
        }

        void ajouter(String colonne, String message) {
            if (message != null) {
                textes.add(ligne.designation(colonne) + " : " + message);
            }
        }

        void longueur(String colonne, int max) {
            int longueur = ligne.valeur(colonne).length();
            if (longueur > max) {
                ajouter(colonne, max + " caractères au plus (" + longueur + " saisis).");
            }
        }

        boolean vide() {
            return textes.isEmpty();
        }

        String texte() {
            return String.join(" ; ", textes);
        }
    }
}
