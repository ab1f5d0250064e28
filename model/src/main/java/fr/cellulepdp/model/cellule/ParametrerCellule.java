package fr.cellulepdp.model.cellule;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Use case: the cell's identity and the signatory of its letters, typed by the coordinatrice on her first day (or
 * changed later). Creates the cell when the database has none, with the default settings; otherwise changes the
 * identity over the version she read and keeps every setting. The audit trail names the fields changed, never
 * their values.
 */
public final class ParametrerCellule {

    public static final String NOM = "nom de la cellule";
    public static final String CPAM = "caisse (CPAM)";
    public static final String ADRESSE = "adresse";
    public static final String CODE_POSTAL = "code postal";
    public static final String VILLE = "ville";
    public static final String TELEPHONE = "téléphone";
    public static final String EMAIL = "courriel";
    public static final String VILLE_SIGNATURE = "ville des courriers";
    public static final String SIGNATAIRE_PRENOM = "prénom du signataire";
    public static final String SIGNATAIRE_NOM = "nom du signataire";
    public static final String SIGNATAIRE_FONCTION = "fonction du signataire";
    public static final String SIGNATAIRE_DELEGATION = "délégation";

    private static final Map<String, Function<FicheCellule, Object>> CHAMPS = new LinkedHashMap<>();

    static {
        CHAMPS.put(NOM, FicheCellule::nom);
        CHAMPS.put(CPAM, FicheCellule::cpam);
        CHAMPS.put(ADRESSE, f -> f.adresse().ligne1() + "\n" + f.adresse().ligne2());
        CHAMPS.put(CODE_POSTAL, f -> f.adresse().codePostal());
        CHAMPS.put(VILLE, f -> f.adresse().ville());
        CHAMPS.put(TELEPHONE, FicheCellule::telephone);
        CHAMPS.put(EMAIL, FicheCellule::email);
        CHAMPS.put(VILLE_SIGNATURE, FicheCellule::villeSignature);
        CHAMPS.put(SIGNATAIRE_PRENOM, FicheCellule::signatairePrenom);
        CHAMPS.put(SIGNATAIRE_NOM, FicheCellule::signataireNom);
        CHAMPS.put(SIGNATAIRE_FONCTION, FicheCellule::signataireFonction);
        CHAMPS.put(SIGNATAIRE_DELEGATION, FicheCellule::signataireDelegation);
    }

    private final StockageCellule stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public ParametrerCellule(StockageCellule stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** The cell, if it is set up: its identity is printed on every document, so every member may read it. */
    public Optional<Cellule> lire() {
        return stockage.cellules().existante();
    }

    /**
     * The cell, which must be set up (a document is signed in its signatory's name): any account reads it, once
     * logged in.
     *
     * @throws SaisieInvalideException while the cell is not set up
     */
    public Cellule renseignee() {
        utilisateurCourant.exigerConnexion();
        return stockage.cellules().renseignee();
    }

    /**
     * Creates the cell, or changes its identity.
     *
     * @param versionLue the version of the cell the form was filled from (0 when there was none), so that two
     *                   coordinatrices saving at once do not overwrite each other silently
     * @throws SaisieInvalideException for anyone but the coordinatrice, or naming every field wrongly filled
     * @throws ConflitDeModificationException when the cell changed since it was read
     */
    public Cellule enregistrer(FicheCellule fiche, long versionLue) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Droits.coordinatrice(acteur, "cellule", "renseigne la cellule");
        List<Probleme> problemes = verifier(fiche);
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("cellule");
            Optional<Cellule> existante = lire();
            if (existante.isEmpty()) {
                Cellule creee = stockage.cellules().save(Cellule.nouvelle(fiche));
                new Audit(stockage, horloge).noter(acteur, "CELLULE_CREEE", "Cellule", creee.id(),
                        "champs renseignés : " + String.join(", ", renseignes(fiche)));
                return creee;
            }
            Cellule avant = existante.get();
            if (avant.version() != versionLue) {
                throw new ConflitDeModificationException("Cellule", avant.id());
            }
            List<String> changes = changes(avant.fiche(), fiche);
            if (changes.isEmpty()) {
                return avant;
            }
            Cellule apres = stockage.cellules().save(avant.avecIdentite(fiche));
            new Audit(stockage, horloge).noter(acteur, "CELLULE_MODIFIEE", "Cellule", apres.id(),
                    "champs modifiés : " + String.join(", ", changes));
            return apres;
        });
    }

    /** Every problem of the form, each naming its field (the form shows them as the coordinatrice types). */
    public static List<Probleme> verifier(FicheCellule f) {
        List<Probleme> problemes = new ArrayList<>();
        Saisies.obligatoire(problemes, NOM, f.nom(), 200);
        Saisies.obligatoire(problemes, CPAM, f.cpam(), 200);
        Saisies.obligatoire(problemes, ADRESSE, f.adresse().ligne1(), 200);
        Saisies.longueur(problemes, ADRESSE, f.adresse().ligne2(), 200);
        Saisies.obligatoire(problemes, CODE_POSTAL, f.adresse().codePostal(), 10);
        Saisies.codePostal(problemes, CODE_POSTAL, f.adresse().codePostal());
        Saisies.obligatoire(problemes, VILLE, f.adresse().ville(), 100);
        Saisies.obligatoire(problemes, TELEPHONE, f.telephone(), 30);
        Saisies.telephone(problemes, TELEPHONE, f.telephone());
        Saisies.obligatoire(problemes, EMAIL, f.email(), 200);
        Saisies.courriel(problemes, EMAIL, f.email());
        Saisies.longueur(problemes, VILLE_SIGNATURE, f.villeSignature(), 100);
        Saisies.longueur(problemes, SIGNATAIRE_PRENOM, f.signatairePrenom(), 100);
        Saisies.obligatoire(problemes, SIGNATAIRE_NOM, f.signataireNom(), 200);
        Saisies.obligatoire(problemes, SIGNATAIRE_FONCTION, f.signataireFonction(), 200);
        Saisies.longueur(problemes, SIGNATAIRE_DELEGATION, f.signataireDelegation(), 200);
        return problemes;
    }

    private static List<String> changes(FicheCellule avant, FicheCellule apres) {
        return CHAMPS.entrySet().stream()
                .filter(e -> !e.getValue().apply(avant).equals(e.getValue().apply(apres)))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> renseignes(FicheCellule f) {
        return CHAMPS.entrySet().stream().filter(e -> !e.getValue().apply(f).toString().isBlank())
                .map(Map.Entry::getKey).toList();
    }
}
