package fr.cellulepdp.model.importation;

import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.Adresse;
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

    AnalyseLigneIj60(LocalDate aujourdhui) {
        this.aujourdhui = aujourdhui;
    }

    /** The row read, or the French reasons it is refused. */
    Resultat analyser(LigneImport ligne) {
        List<String> problemes = new ArrayList<>();
        for (String colonne : COLONNES_OBLIGATOIRES) {
            if (ligne.valeur(colonne).isEmpty()) {
                problemes.add(colonne + " manquant");
            }
        }
        Nir nir = null;
        if (!ligne.valeur("nir").isEmpty()) {
            String probleme = Nir.verifier(ligne.valeur("nir"));
            if (probleme == null) {
                nir = Nir.de(ligne.valeur("nir"));
            } else {
                problemes.add("NIR : " + probleme);
            }
        }
        LocalDate naissance = date(ligne, "date_naissance", problemes);
        LocalDate debutArret = date(ligne, "date_debut_arret", problemes);
        Risque risque = risque(ligne.valeur("risque"), problemes);
        Sexe sexe = sexe(ligne.valeur("sexe"), problemes);
        Siret siret = null;
        if (!ligne.valeur("siret").isEmpty()) {
            String probleme = Siret.verifier(ligne.valeur("siret"));
            if (probleme == null) {
                siret = Siret.de(ligne.valeur("siret"));
            } else {
                problemes.add("SIRET : " + probleme);
            }
        }
        String email = ligne.valeur("email");
        if (!email.isEmpty() && !Saisies.estCourriel(email)) {
            // the address is not repeated: it often contains the person's name
            problemes.add("adresse électronique invalide");
        }
        if (!problemes.isEmpty()) {
            return new Resultat(null, null, null, String.join(" ; ", problemes));
        }
        String employeur = ligne.valeur("employeur");
        Assure assure = new Assure(UUID.randomUUID(), 0, nir, ligne.valeur("nom"), ligne.valeur("prenom"), naissance,
                sexe, adresse(ligne.valeur("adresse")), email, ligne.valeur("telephone"), StatutAssure.SALARIE,
                employeur.isEmpty() && siret == null ? null : new Entreprise(employeur, siret), "");
        return new Resultat(assure, risque, debutArret, null);
    }

    private LocalDate date(LigneImport ligne, String colonne, List<String> problemes) {
        String texte = ligne.valeur(colonne);
        if (texte.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(texte, JJ_MM_AAAA);
            if (date.isAfter(aujourdhui)) {
                problemes.add(colonne + " « " + texte + " » dans le futur");
            }
            return date;
        } catch (DateTimeParseException e) {
            problemes.add(colonne + " « " + texte + " » n'est pas une date jj/mm/aaaa");
            return null;
        }
    }

    private static Risque risque(String texte, List<String> problemes) {
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
                problemes.add("risque « " + texte + " » inconnu (maladie, at, mp ou invalidite)");
                return null;
        }
    }

    private static Sexe sexe(String texte, List<String> problemes) {
        switch (texte.toLowerCase(Locale.ROOT)) {
            case "":
                return null;
            case "1", "m", "h", "homme", "masculin":
                return Sexe.MASCULIN;
            case "2", "f", "femme", "féminin", "feminin":
                return Sexe.FEMININ;
            default:
                problemes.add("sexe « " + texte + " » inconnu (1, 2, M ou F)");
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
}
