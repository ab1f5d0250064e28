package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Droits;
import fr.cellulepdp.model.cellule.Membre;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.cellule.UtilisateurCourant;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.Probleme;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Use case: the accounts. The first start creates the coordinatrice's account; then she creates the others and gives
 * each a role. Password rule: at least 12 characters of at least three kinds (lower case, upper case, digits,
 * others), not containing the login. Only the hash is stored.
 */
public final class GererComptes {

    static final int LONGUEUR_MINIMUM = 12;

    private final StockageComptes stockage;
    private final HachageMotDePasse hachage;
    private final Horloge horloge;
    private final UtilisateurCourant utilisateurCourant;

    public GererComptes(StockageComptes stockage, HachageMotDePasse hachage, Horloge horloge,
            UtilisateurCourant utilisateurCourant) {
        this.stockage = stockage;
        this.hachage = hachage;
        this.horloge = horloge;
        this.utilisateurCourant = utilisateurCourant;
    }

    public boolean aucunCompte() {
        return stockage.comptes().count() == 0;
    }

    /** The first account, the coordinatrice's: only while there is none. */
    public Compte creerPremier(String identifiant, UUID membreId, char[] motDePasse, char[] confirmation) {
        return creerPremier(identifiant, () -> membreId, motDePasse, confirmation);
    }

    /**
     * The first account, tied to the cell's active coordinatrice when the members list has one (the window's first
     * start, {@code setup account}): only while there is none, the members read only then.
     */
    public Compte creerPremierPourLaCoordinatrice(String identifiant, char[] motDePasse, char[] confirmation) {
        return creerPremier(identifiant, () -> stockage.membres().findAll().stream()
                .filter(m -> m.role() == Role.COORDINATRICE && m.actif()).map(Membre::id).findFirst().orElse(null),
                motDePasse, confirmation);
    }

    private Compte creerPremier(String identifiant, Supplier<UUID> membre, char[] motDePasse, char[] confirmation) {
        return stockage.transactions().inTransaction(() -> {
            if (!aucunCompte()) {
                throw new SaisieInvalideException("compte", "le compte de la coordinatrice existe déjà : "
                        + "connectez-vous.");
            }
            Compte compte = enregistrer(identifiant, membre.get(), Role.COORDINATRICE, motDePasse, confirmation);
            DerivationMotDePasse derivation = DerivationMotDePasse.nouvelle(hachage, motDePasse);
            cles().nouvelle(compte, derivation, compte.utilisateur());
            new RolesAttestes(stockage, horloge).attester(compte.utilisateur(), compte);
            new Audit(stockage, horloge).noter(compte.utilisateur(), "COMPTE_CREE", "Compte", compte.id(),
                    compte.identifiant() + " (" + compte.role().libelle() + ", premier compte)");
            // last, so that a refused account never gets the key; a failure here undoes the account
            donnerLaCle(compte, derivation);
            return compte;
        });
    }

    /** Another account, by the coordinatrice. */
    public Compte creer(String identifiant, UUID membreId, Role role, char[] motDePasse,
                        char[] confirmation) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        return stockage.transactions().inTransaction(() -> {
            Compte compte = enregistrer(identifiant, membreId, role, motDePasse, confirmation);
            new Audit(stockage, horloge).noter(acteur, "COMPTE_CREE", "Compte", compte.id(),
                    compte.identifiant() + " (" + compte.role().libelle() + ")");
            DerivationMotDePasse derivation = DerivationMotDePasse.nouvelle(hachage, motDePasse);
            cles().nouvelle(compte, derivation, acteur);
            new RolesAttestes(stockage, horloge).attester(acteur, compte);
            donnerLaCle(compte, derivation);
            return compte;
        });
    }

    /** The active members who have no account yet: Paramètres › Comptes creates theirs from them. */
    public List<fr.cellulepdp.model.cellule.Membre> membresSansCompte() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        java.util.Set<UUID> avecCompte = stockage.comptes().findAll().stream().map(Compte::membreId)
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet());
        return stockage.membres().findAll().stream().filter(m -> m.actif() && !avecCompte.contains(m.id())).toList();
    }

    public List<Compte> lister() {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        return stockage.comptes().findAll();
    }

    /**
     * The enabled accounts whose password does not open the encrypted database: re-enabled, or existing before the
     * file was encrypted. They log in again once the coordinatrice has given them a new password.
     */
    public java.util.Set<String> sansAccesALaBase() {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        return stockage.comptes().findAll().stream().filter(Compte::actif).map(Compte::identifiant)
                .filter(login -> !stockage.accesChiffre().ouvre(login))
                .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    /** A member's own new password, or the coordinatrice resetting someone's (see {@link #changerLeMien}). */
    public Compte changerMotDePasse(UUID compteId, char[] motDePasse, char[] confirmation) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        // someone else's account is the coordinatrice's to read and reset: decided before it is read
        boolean leSien = stockage.comptes().findByIdentifiant(acteur.identifiant())
                .map(c -> c.id().equals(compteId)).orElse(false);
        if (!leSien) {
            coordinatrice(acteur);
        }
        Compte compte = stockage.comptes().get(compteId);
        List<Probleme> problemes = regles(compte.identifiant(), motDePasse, confirmation);
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return stockage.transactions().inTransaction(() -> {
            Compte change = stockage.comptes().save(compte.avecHash(hachage.hacher(motDePasse)).apresSucces());
            new Audit(stockage, horloge).noter(acteur, "MOT_DE_PASSE_CHANGE", "Compte", compteId, compte.identifiant());
            // a new password, a new signing key: whoever set the password vouches for it in the trail; one salt
            // for the key and the key-ring entry, so that the next login derives once (decision 0041)
            DerivationMotDePasse derivation = DerivationMotDePasse.nouvelle(hachage, motDePasse);
            cles().nouvelle(compte, derivation, acteur);
            if (compte.actif()) {
                // a disabled account gets the key back only when enabled again and given a password
                donnerLaCle(compte, derivation);
            }
            return change;
        });
    }

    /**
     * The member's own new password, from any role: the current one is asked again, so that a session left open
     * does not let someone else take the account.
     */
    public Compte changerLeMien(char[] actuel, char[] motDePasse, char[] confirmation) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        Compte compte = stockage.comptes().findByIdentifiant(acteur.identifiant()).orElseThrow(() ->
                new SaisieInvalideException("compte", "aucun compte « " + acteur.identifiant() + " »."));
        if (actuel == null || !hachage.verifier(actuel, compte.hash())) {
            throw new SaisieInvalideException("mot de passe actuel", "le mot de passe actuel est incorrect.");
        }
        return changerMotDePasse(compte.id(), motDePasse, confirmation);
    }

    /**
     * The coordinatrice maps an account to a PostgreSQL login role an administrator created (its password is his):
     * the account connects as that role, member of its application role's group (decision 0034).
     */
    public void associerRoleServeur(String identifiant, String roleServeur) {
        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        Compte compte = stockage.comptes().findByIdentifiant(identifiant == null ? "" : identifiant).orElseThrow(() ->
                new SaisieInvalideException("--account", "aucun compte « " + identifiant + " »."));
        if (roleServeur == null || roleServeur.isBlank()) {
            throw new SaisieInvalideException("--db-role", "indiquez le rôle PostgreSQL du compte.");
        }
        stockage.transactions().inTransaction(() -> {
            stockage.accesChiffre().associerRoleServeur(compte.identifiant(), roleServeur.strip());
            new Audit(stockage, horloge).noter(acteur, "ROLE_SERVEUR_ASSOCIE", "Compte", compte.id(),
                    compte.identifiant() + " → " + roleServeur.strip());
            return null;
        });
    }

    public Compte activer(UUID compteId, boolean actif) {

        Utilisateur acteur = utilisateurCourant.utilisateur();
        coordinatrice(acteur);
        return stockage.transactions().inTransaction(() -> {
            Compte compte = stockage.comptes().save(stockage.comptes().get(compteId).avecActif(actif));
            new Audit(stockage, horloge).noter(acteur, actif ? "COMPTE_ACTIVE" : "COMPTE_DESACTIVE", "Compte",
                    compteId, compte.identifiant());
            if (!actif) {
                // a disabled account's password no longer opens the file; re-enabled, it needs a new password
                stockage.accesChiffre().retirer(compte.identifiant());
            }
            return compte;
        });
    }

    private Compte enregistrer(String identifiant, UUID membreId, Role role, char[] motDePasse, char[] confirmation) {
        String login = identifiant == null ? "" : identifiant.strip().toLowerCase(Locale.ROOT);
        List<Probleme> problemes = new ArrayList<>();
        if (!login.matches("[a-z0-9._-]{3,50}")) {
            problemes.add(new Probleme("identifiant", "l'identifiant compte 3 à 50 lettres sans accent, chiffres, "
                    + "points, tirets (par exemple helene.martinel)."));
        } else if (stockage.comptes().findByIdentifiant(login).isPresent()) {
            problemes.add(new Probleme("identifiant", "l'identifiant « " + login + " » est déjà pris."));
        }
        if (role == null) {
            problemes.add(new Probleme("rôle", "choisissez le rôle du compte."));
        }
        if (membreId != null) {
            problemes.addAll(membreDuCompte(membreId, role));
        }
        problemes.addAll(regles(login, motDePasse, confirmation));
        if (!problemes.isEmpty()) {
            throw new SaisieInvalideException(problemes);
        }
        return stockage.comptes().save(new Compte(UUID.randomUUID(), 0, login, membreId, role,
                hachage.hacher(motDePasse), true, 0, null));
    }

    /**
     * Wraps the database key for the account — except a partner's: partners see pseudonymised data only, so their
     * password must not open the encrypted file on the coordinatrice's computer (where every file is in clear for
     * whoever holds the key). They work from the documents made for partners, or on a shared server, whose own
     * rules let them read only the files shared with them.
     */
    private void donnerLaCle(Compte compte, DerivationMotDePasse derivation) {
        if (compte.role().estInterne() || stockage.accesChiffre().partenairesAdmis()) {
            stockage.accesChiffre().accorder(compte.identifiant(), derivation);
        } else {
            stockage.accesChiffre().retirer(compte.identifiant());
        }
    }

    /** A member gets one account, with the member's role, while active. */
    private List<Probleme> membreDuCompte(UUID membreId, Role role) {
        List<Probleme> problemes = new ArrayList<>();
        var membre = stockage.membres().find(membreId);
        if (membre.isEmpty() || !membre.get().actif()) {
            problemes.add(new Probleme("membre", "ce membre n'existe pas ou n'est plus actif."));
        } else if (role != null && membre.get().role() != role) {
            problemes.add(new Probleme("rôle", "le compte prend le rôle du membre (" + membre.get().role().libelle()
                    + ")."));
        }
        if (stockage.comptes().findAll().stream().anyMatch(c -> membreId.equals(c.membreId()))) {
            problemes.add(new Probleme("membre", "ce membre a déjà un compte."));
        }
        return problemes;
    }

    /**
     * The password rule, each problem named: the accounts' and the backups' (a backup holds every file, so it is
     * protected as well as the accounts that open them).
     */
    public static List<Probleme> regles(String login, char[] motDePasse, char[] confirmation) {
        List<Probleme> problemes = new ArrayList<>();
        String mdp = motDePasse == null ? "" : new String(motDePasse);
        int sortes = (mdp.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
                + (mdp.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
                + (mdp.chars().anyMatch(Character::isDigit) ? 1 : 0)
                + (mdp.chars().anyMatch(c -> !Character.isLetterOrDigit(c)) ? 1 : 0);
        if (mdp.length() < LONGUEUR_MINIMUM) {
            problemes.add(new Probleme("mot de passe", "le mot de passe compte au moins " + LONGUEUR_MINIMUM
                    + " caractères (" + mdp.length() + " saisis)."));
        } else if (sortes < 3) {
            problemes.add(new Probleme("mot de passe", "le mot de passe mélange au moins trois sortes de caractères "
                    + "(minuscules, majuscules, chiffres, autres)."));
        } else if (!login.isEmpty() && mdp.toLowerCase(Locale.ROOT).contains(login)) {
            problemes.add(new Probleme("mot de passe", "le mot de passe ne contient pas l'identifiant."));
        }
        if (!java.util.Arrays.equals(motDePasse, confirmation)) {
            problemes.add(new Probleme("confirmation", "la confirmation ne correspond pas au mot de passe."));
        }
        return problemes;
    }

    private ClesDeSignature cles() {
        return new ClesDeSignature(stockage, hachage, horloge);
    }

    private static void coordinatrice(Utilisateur acteur) {
        Droits.coordinatrice(acteur, "compte", "gère les comptes");
    }
}
