package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Use case: opening a session. A wrong login or password gets the same answer (nothing tells which); from the third
 * wrong password in a row the account waits before the next try, 15 s, then twice as long each time, up to 15
 * minutes. A correct password clears the run. Every outcome is in the audit trail.
 */
public final class SeConnecter {

    static final int ECHECS_TOLERES = 2;
    static final Duration PREMIERE_ATTENTE = Duration.ofSeconds(15);
    static final Duration ATTENTE_MAXIMUM = Duration.ofMinutes(15);

    private final StockageComptes stockage;
    private final HachageMotDePasse hachage;
    private final Horloge horloge;

    public SeConnecter(StockageComptes stockage, HachageMotDePasse hachage, Horloge horloge) {
        this.stockage = stockage;
        this.hachage = hachage;
        this.horloge = horloge;
    }

    public Utilisateur connecter(String identifiant, char[] motDePasse) {
        return connecter(identifiant, motDePasse, false);
    }

    /**
     * The same, told whether this password has just unwrapped this login's own entry of the encrypted file's key
     * ring: AES-GCM with the login's digest as associated data authenticates both, and the entry is rewrapped with
     * every password the account is given, so the Argon2id check of the stored hash would only repeat that proof
     * (half the cost of a login). The signing key, opened below with the same password, is a second check bound to
     * the account and made anew with each password: a key ring out of step with the database still refuses.
     */
    public Utilisateur connecter(String identifiant, char[] motDePasse, boolean cleDeLaBaseOuverteParCeCompte) {
        return connecter(identifiant, motDePasse == null ? null : DerivationMotDePasse.pour(hachage, motDePasse),
                cleDeLaBaseOuverteParCeCompte);
    }

    /**
     * The same with the login's one derivation (decision 0041), the one that opened the key ring when there is one:
     * the signing keys then open from the master key already derived. Without a key ring, a signing key in the
     * current format proves the password in place of the stored hash (AES-GCM, the login as associated data, made
     * anew with each password): one Argon2id for the whole login. When it does not open, the hash decides between a
     * wrong password and a key changed outside the application.
     */
    public Utilisateur connecter(String identifiant, DerivationMotDePasse derivation,
                                 boolean cleDeLaBaseOuverteParCeCompte) {
        char[] motDePasse = derivation == null ? null : derivation.motDePasse();
        Instant maintenant = horloge.maintenant();
        Optional<Compte> trouve = identifiant == null ? Optional.empty()
                : stockage.comptes().findByIdentifiant(identifiant);
        if (trouve.isEmpty() || !trouve.get().actif()) {
            // the same slow work and the same answer as a wrong password
            // the same slow work and the same answer as a wrong password (a signing key that does not open, then the hash)
            char[] mdp = motDePasse == null ? new char[0] : motDePasse;
            hachage.deriverCle(mdp, new byte[16]);
            hachage.verifier(mdp, "$argon2id$v=19$m=19456,t=2,p=1$"
                    + "AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
            throw refus();
        }
        Compte compte = trouve.get();
        if (compte.bloqueJusqua() != null && compte.bloqueJusqua().isAfter(maintenant)) {
            throw attendre(maintenant, compte.bloqueJusqua());
        }
        if (motDePasse == null || !cleDeLaBaseOuverteParCeCompte && !prouveParLaCle(compte, derivation)
                && !hachage.verifier(motDePasse, compte.hash())) {
            int echecs = compte.echecs() + 1;
            Instant jusqua = blocageApres(echecs, maintenant);
            stockage.comptes().save(compte.apresEchec(jusqua));
            new Audit(stockage, horloge).noter(compte.utilisateur(), "CONNEXION_REFUSEE", "Compte", compte.id(),
                    echecs + " échec(s) de suite");
            throw refus();
        }
        if (compte.echecs() > 0) {
            stockage.comptes().save(compte.apresSucces());
        }
        // the account's signing key, opened with its password, signs this entry and the session's next ones
        new ClesDeSignature(stockage, hachage, horloge).ouvrir(compte, derivation);
        // a role edited in the database behind the application's back is refused here
        new RolesAttestes(stockage, horloge).verifier(compte);
        // the medical opinions' key, for the accounts whose attested role reads them
        new CleMedicale(stockage).ouvrir(compte);
        new Audit(stockage, horloge).noter(compte.utilisateur(), "CONNEXION", "Compte", compte.id(), "");
        return compte.utilisateur();
    }

    /** True when the account's signing key, in the current format, opens with this derivation. */
    private boolean prouveParLaCle(Compte compte, DerivationMotDePasse derivation) {
        return stockage.clesSignature().find(compte.identifiant())
                .filter(cle -> fr.cellulepdp.model.audit.Ed25519.selActuel(cle.clePriveeChiffree()).isPresent())
                .flatMap(cle -> ClesDeSignature.signature(cle, derivation)).isPresent();
    }

    /** Until when an account that has just missed {@code echecs} times in a row waits; null while tolerated. */
    public static Instant blocageApres(int echecs, Instant maintenant) {
        return echecs <= ECHECS_TOLERES ? null : maintenant.plus(attente(echecs));
    }

    /** The refusal of a try made before the end of the wait. */
    public static SaisieInvalideException attendre(Instant maintenant, Instant jusqua) {
        long secondes = (Duration.between(maintenant, jusqua).toMillis() + 999) / 1000;
        // no field named: the sentence says it all, on the login form as on the command line
        return new SaisieInvalideException("", "trop d'essais manqués : réessayez dans " + secondes + " s.");
    }

    /** 15 s at the third failure, then doubling, at most 15 minutes. */
    static Duration attente(int echecs) {
        int puissance = Math.min(echecs - ECHECS_TOLERES - 1, 10);
        Duration attente = PREMIERE_ATTENTE.multipliedBy(1L << puissance);
        return attente.compareTo(ATTENTE_MAXIMUM) > 0 ? ATTENTE_MAXIMUM : attente;
    }

    /** The one answer to a wrong login or password: nothing tells which. */
    public static SaisieInvalideException refus() {
        return new SaisieInvalideException("", "identifiant ou mot de passe incorrect.");
    }
}
