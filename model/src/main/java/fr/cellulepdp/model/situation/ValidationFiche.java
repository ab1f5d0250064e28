package fr.cellulepdp.model.situation;

import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.Probleme;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the situation form and names every problem, field by field, in French. The form shows the same
 * messages beside the fields as the user types; saving is refused while any remains.
 */
public final class ValidationFiche {

    public static final String NIR = "NIR";
    public static final String NOM = "nom";
    public static final String PRENOM = "prénom";
    public static final String NAISSANCE = "date de naissance";
    public static final String SIRET = "SIRET";
    public static final String EMAIL = "courriel";
    public static final String ORIGINE = "origine";
    public static final String SIGNALEMENT = "date de signalement";
    public static final String RISQUE = "risque";
    public static final String FIN_ARRET = "fin d'arrêt prévue";
    public static final String MOTIF_URGENT = "motif de l'urgence";
    public static final String MOTIF_COMPLEXE = "motif de la complexité";
    public static final String CONSENTEMENT = "date du consentement";
    public static final String SEXE = "sexe";
    public static final String DEBUT_ARRET = "début de l'arrêt";
    public static final String TELEPHONE = "téléphone";
    public static final String ADRESSE = "adresse";
    public static final String CODE_POSTAL = "code postal";
    public static final String VILLE = "ville";
    public static final String EMPLOYEUR = "employeur";
    public static final String EMPLOI = "emploi";
    public static final String SERVICE_SANTE_TRAVAIL = "service de santé au travail";
    public static final String RQTH = "RQTH";
    public static final String BOETH = "BOETH";
    public static final String INAPTITUDE = "inaptitude";

    private ValidationFiche() {
    }

    public static List<Probleme> verifier(FicheSituation f, LocalDate aujourdhui) {
        List<Probleme> problemes = new ArrayList<>();
        ajouter(problemes, NIR, Nir.verifier(f.nir()));
        ajouter(problemes, NOM, f.nom().isEmpty() ? "le nom est obligatoire." : null);
        ajouter(problemes, PRENOM, f.prenom().isEmpty() ? "le prénom est obligatoire." : null);
        ajouter(problemes, NAISSANCE, pasDansLeFutur(f.dateNaissance(), aujourdhui, "la date de naissance"));
        ajouter(problemes, NAISSANCE, IdentiteNir.naissanceInvraisemblable(f.dateNaissance()));
        if (Nir.verifier(f.nir()) == null) {
            Nir nir = Nir.de(f.nir());
            IdentiteNir.incoherences(nir, f.dateNaissance(), null).forEach(m -> ajouter(problemes, NAISSANCE, m));
            IdentiteNir.incoherences(nir, null, f.sexe()).forEach(m -> ajouter(problemes, SEXE, m));
        }
        ajouter(problemes, DEBUT_ARRET, IdentiteNir.arretAvantNaissance(f.dateNaissance(), f.debutArret()));
        Saisies.longueur(problemes, NOM, f.nom(), 100);
        Saisies.longueur(problemes, PRENOM, f.prenom(), 100);
        Saisies.longueur(problemes, TELEPHONE, f.telephone(), 30);
        Saisies.longueur(problemes, ADRESSE, f.adresse().ligne1(), 200);
        Saisies.longueur(problemes, ADRESSE, f.adresse().ligne2(), 200);
        Saisies.longueur(problemes, CODE_POSTAL, f.adresse().codePostal(), 10);
        Saisies.longueur(problemes, VILLE, f.adresse().ville(), 100);
        Saisies.longueur(problemes, EMPLOYEUR, f.employeur(), 200);
        Saisies.longueur(problemes, EMPLOI, f.emploi(), 200);
        Saisies.longueur(problemes, EMAIL, f.email(), 200);
        Saisies.longueur(problemes, MOTIF_URGENT, f.motifUrgent(), 1000);
        Saisies.longueur(problemes, MOTIF_COMPLEXE, f.motifComplexe(), 1000);
        Saisies.longueur(problemes, "notes sociales", f.notesSociales(), 10000);
        Saisies.longueur(problemes, SERVICE_SANTE_TRAVAIL, f.serviceSanteTravail(), 200);
        ajouter(problemes, SIRET, f.siret().isEmpty() ? null : Siret.verifier(f.siret()));
        ajouter(problemes, EMAIL, f.email().isEmpty() || Saisies.estCourriel(f.email()) ? null
                : "adresse de courriel invalide (forme attendue : nom@domaine.fr).");
        ajouter(problemes, ORIGINE, f.origine() == null ? "l'origine du signalement est obligatoire." : null);
        ajouter(problemes, SIGNALEMENT, pasDansLeFutur(f.dateSignalement(), aujourdhui, "la date de signalement"));
        ajouter(problemes, RISQUE, f.risque() == null ? "le risque est obligatoire." : null);
        ajouter(problemes, FIN_ARRET, f.debutArret() != null && f.finArretPrevue() != null
                && f.finArretPrevue().isBefore(f.debutArret())
                ? "la fin d'arrêt prévue précède le début de l'arrêt." : null);
        ajouter(problemes, MOTIF_URGENT, f.urgent() && f.motifUrgent().isEmpty()
                ? "une situation urgente doit indiquer le motif de l'urgence." : null);
        ajouter(problemes, MOTIF_COMPLEXE, f.complexe() && f.motifComplexe().isEmpty()
                ? "une situation complexe doit indiquer le motif de la complexité." : null);
        ajouter(problemes, CONSENTEMENT, pasDansLeFutur(f.dateConsentement(), aujourdhui, "la date du consentement"));
        Reconnaissances r = f.reconnaissances();
        ajouter(problemes, RQTH, periode(r.rqthDebut(), r.rqthFin(), "de la RQTH"));
        ajouter(problemes, BOETH, periode(r.boethDebut(), r.boethFin(), "du titre de bénéficiaire de l’obligation "
                + "d’emploi"));
        ajouter(problemes, INAPTITUDE, pasDansLeFutur(r.dateInaptitude(), aujourdhui,
                "la date de l’avis du médecin du travail"));
        return problemes;
    }

    /** The problem of one field, or null: what the form shows beside that field. */
    public static String probleme(FicheSituation fiche, LocalDate aujourdhui, String champ) {
        return verifier(fiche, aujourdhui).stream().filter(p -> p.champ().equals(champ)).map(Probleme::message)
                .findFirst().orElse(null);
    }

    /** A recognition's dates: an end needs its start, and comes after it. */
    private static String periode(LocalDate debut, LocalDate fin, String de) {
        if (fin != null && debut == null) {
            return "indiquez la date de début " + de + " (sa fin seule ne suffit pas).";
        }
        return debut != null && fin != null && fin.isBefore(debut) ? "la fin " + de + " précède son début." : null;
    }

    private static String pasDansLeFutur(LocalDate date, LocalDate aujourdhui, String quoi) {
        return date != null && date.isAfter(aujourdhui) ? quoi + " est dans le futur." : null;
    }

    private static void ajouter(List<Probleme> problemes, String champ, String message) {
        if (message != null) {
            problemes.add(new Probleme(champ, message));
        }
    }
}
