package fr.cellulepdp.model.annuaire;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.ConflitDeModificationException;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.Saisies;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Use case: the directory of the organisations the cell's letters go to and its partners come from, kept by the
 * coordinatrice. An organisation is deactivated rather than deleted (requests may name it). The audit trail names
 * the fields changed, never their values.
 */
public final class GererAnnuaire {

    public static final String TYPE = "type";
    public static final String NOM = "nom";
    public static final String ADRESSE = "adresse";
    public static final String CODE_POSTAL = "code postal";
    public static final String VILLE = "ville";
    public static final String EMAIL = "courriel";
    public static final String TELEPHONE = "téléphone";

    private final StockageAnnuaire stockage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererAnnuaire(StockageAnnuaire stockage, Horloge horloge, UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    /** Every organisation, active ones first, by type then name (no personal data: any account reads it). */
    public List<Organisation> lister() {
        utilisateurCourant.exigerConnexion();
        return stockage.organisations().findAll().stream()
                .sorted(Comparator.comparing((Organisation o) -> !o.actif()).thenComparing(Organisation::type)
                        .thenComparing(o -> o.nom().toLowerCase(Locale.FRENCH)))
                .toList();
    }

    /** The active organisations of these types, by name: what a form offers to choose from. */
    public List<Organisation> actives(TypeOrganisation... types) {
        List<TypeOrganisation> voulus = List.of(types);
        return lister().stream().filter(o -> o.actif() && (voulus.isEmpty() || voulus.contains(o.type()))).toList();
    }

    public Organisation ajouter(FicheOrganisation fiche) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        refuserSiInvalide(fiche);
        return stockage.transactions().inTransaction(() -> {
            stockage.transactions().verrouiller("annuaire");
            boolean doublon = stockage.organisations().findAll().stream().anyMatch(o -> o.actif()
                    && o.type() == fiche.type() && o.nom().equalsIgnoreCase(fiche.nom()));
            if (doublon) {
                throw new SaisieInvalideException(NOM, "cet organisme est déjà dans l'annuaire.");
            }
            Organisation ajoutee = stockage.organisations().save(Organisation.nouvelle(fiche));
            noter(acteur, "ORGANISATION_AJOUTEE", ajoutee.id(), ajoutee.type().libelle());
            return ajoutee;
        });
    }

    /** @throws ConflitDeModificationException when someone changed it since {@code lue} was read */
    public Organisation modifier(Organisation lue, FicheOrganisation fiche) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        refuserSiInvalide(fiche);
        return stockage.transactions().inTransaction(() -> {
            Organisation avant = stockage.organisations().get(lue.id());
            if (avant.version() != lue.version()) {
                throw new ConflitDeModificationException("Organisation", lue.id());
            }
            List<String> changes = changes(avant.fiche(), fiche);
            if (changes.isEmpty()) {
                return avant;
            }
            Organisation apres = stockage.organisations().save(avant.avecFiche(fiche));
            noter(acteur, "ORGANISATION_MODIFIEE", apres.id(), "champs modifiés : " + String.join(", ", changes));
            return apres;
        });
    }

    public Organisation activer(UUID id, boolean actif) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        droits(acteur);
        return stockage.transactions().inTransaction(() -> {
            Organisation avant = stockage.organisations().get(id);
            if (avant.actif() == actif) {
                return avant;
            }
            Organisation apres = stockage.organisations().save(avant.avecActif(actif));
            noter(acteur, actif ? "ORGANISATION_REACTIVEE" : "ORGANISATION_DESACTIVEE", id, avant.type().libelle());
            return apres;
        });
    }

    /** Every problem of the form, each naming its field. */
    public static List<Probleme> verifier(FicheOrganisation f) {
        List<Probleme> problemes = new ArrayList<>();
        if (f.type() == null) {
            problemes.add(new Probleme(TYPE, "choisissez le type d'organisme."));
        }
        Saisies.obligatoire(problemes, NOM, f.nom(), 200);
        Saisies.longueur(problemes, ADRESSE, f.adresse().ligne1(), 200);
        Saisies.longueur(problemes, ADRESSE, f.adresse().ligne2(), 200);
        Saisies.longueur(problemes, CODE_POSTAL, f.adresse().codePostal(), 10);
        Saisies.codePostal(problemes, CODE_POSTAL, f.adresse().codePostal());
        Saisies.longueur(problemes, VILLE, f.adresse().ville(), 100);
        Saisies.courriel(problemes, EMAIL, f.email());
        Saisies.longueur(problemes, TELEPHONE, f.telephone(), 30);
        Saisies.telephone(problemes, TELEPHONE, f.telephone());
        if (f.adresse().estVide() && f.email().isEmpty()) {
            problemes.add(new Probleme(ADRESSE, "indiquez au moins l'adresse postale ou le courriel : les courriers "
                    + "et les copies y sont envoyés."));
        } else if (!f.adresse().estVide() && (f.adresse().codePostal().isEmpty() || f.adresse().ville().isEmpty())) {
            problemes.add(new Probleme(VILLE, "une adresse postale comprend le code postal et la ville."));
        }
        return problemes;
    }

    private static void refuserSiInvalide(FicheOrganisation fiche) {
        List<Probleme> problemes = verifier(fiche);
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
    }

    private static List<String> changes(FicheOrganisation avant, FicheOrganisation apres) {
        List<String> changes = new ArrayList<>();
        if (avant.type() != apres.type()) {
            changes.add(TYPE);
        }
        if (!avant.nom().equals(apres.nom())) {
            changes.add(NOM);
        }
        if (!avant.adresse().equals(apres.adresse())) {
            changes.add(ADRESSE);
        }
        if (!avant.email().equals(apres.email())) {
            changes.add(EMAIL);
        }
        if (!avant.telephone().equals(apres.telephone())) {
            changes.add(TELEPHONE);
        }
        return changes;
    }

    private void noter(Utilisateur acteur, String action, UUID id, String details) {
        new Audit(stockage, horloge).noter(acteur, action, "Organisation", id, details);
    }

    private static void droits(Utilisateur acteur) {
        Droits.coordinatrice(acteur, "annuaire", "tient l'annuaire des organismes");
    }
}
