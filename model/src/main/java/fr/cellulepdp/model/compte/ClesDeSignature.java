package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.CleSignature;
import fr.cellulepdp.model.audit.Ed25519;
import fr.cellulepdp.model.audit.X25519;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.Optional;

/**
 * Each account's audit-signing key pair. A new pair is made with each password an account is given (creation, a
 * reset by the coordinatrice, the member's own change), its private half wrapped under that password, and registered
 * in the trail by an entry {@value #ACTION} naming the account and its public key, signed by whoever gave the password.
 * {@link fr.cellulepdp.model.audit.VerifierAudit} learns the keys from these entries, in order: a key swapped in the
 * database without its signed registration signs nothing the check accepts.
 */
public final class ClesDeSignature {

    /** The trail's action that registers an account's public key. */
    public static final String ACTION = "CLE_SIGNATURE";

    private final StockageComptes stockage;
    private final HachageMotDePasse hachage;
    private final Horloge horloge;

    public ClesDeSignature(StockageComptes stockage, HachageMotDePasse hachage, Horloge horloge) {
        this.stockage = stockage;
        this.hachage = hachage;
        this.horloge = horloge;
    }

    /**
     * A new key for {@code compte} under {@code motDePasse}, registered in {@code acteur}'s name (the account itself
     * for its own password: its new key then signs from the next entry on).
     */
    public void nouvelle(Compte compte, char[] motDePasse, Utilisateur acteur) {
        nouvelle(compte, DerivationMotDePasse.nouvelle(hachage, motDePasse), acteur);
    }

    /** The same, wrapped under {@code derivation}'s salt (shared with the account's key-ring entry). */
    public void nouvelle(Compte compte, DerivationMotDePasse derivation, Utilisateur acteur) {
        KeyPair paire = Ed25519.nouvellePaire();
        KeyPair echange = X25519.nouvellePaire();
        stockage.clesSignature().save(envelopper(compte.identifiant(), Ed25519.publique(paire), paire.getPrivate(),
                X25519.publique(echange), echange.getPrivate(), derivation));
        // what was wrapped for the former key-agreement key is lost with it: wrapped again by the next holder's login
        stockage.clesMedicales().supprimer(compte.identifiant());
        if (pourSoiSeulement(compte, acteur)) {
            stockage.clesDeSession().ouvrirEchange(compte.identifiant(), echange.getPrivate());
        }
        boolean pourSoi = acteur.identifiant().equals(compte.identifiant());
        if (pourSoi && !stockage.clesDeSession().ouverte(acteur.identifiant())) {
            // a first key registers itself: nothing older can vouch for it
            stockage.clesDeSession().ouvrir(compte.identifiant(), paire.getPrivate());
        }
        new Audit(stockage, horloge).noter(acteur, ACTION, "Compte", compte.id(),
                enregistrement(compte.identifiant(), Ed25519.publique(paire)));
        if (pourSoi) {
            stockage.clesDeSession().ouvrir(compte.identifiant(), paire.getPrivate());
        }
    }

    /**
     * At login: the account's key opened for this session, or made now for an account that has none yet (created
     * before signed trails).
     *
     * @throws SaisieInvalideException when the stored key does not open with the password that opened the account:
     *         the account was changed outside the application
     */
    public void ouvrir(Compte compte, char[] motDePasse) {
        ouvrir(compte, DerivationMotDePasse.pour(hachage, motDePasse));
    }

    /**
     * The same with the login's one derivation. Keys still in the former format (one Argon2id each, their own
     * salts) open, then are wrapped again under the login's salt, in one transaction: the row holds the former
     * wraps or the new ones, both opening with the password, whenever the process stops.
     */
    public void ouvrir(Compte compte, DerivationMotDePasse derivation) {
        Optional<CleSignature> cle = stockage.clesSignature().find(compte.identifiant());
        if (cle.isEmpty()) {
            nouvelle(compte, derivation, compte.utilisateur());
            return;
        }
        PrivateKey privee = signature(cle.get(), derivation).orElseThrow(() -> new SaisieInvalideException("",
                "la clé de signature de ce compte ne s'ouvre pas avec son mot de passe : le compte a été modifié "
                        + "hors de l'application. La coordinatrice doit lui donner un nouveau mot de passe."));
        stockage.clesDeSession().ouvrir(compte.identifiant(), privee);
        Optional<PrivateKey> echange = Ed25519.desenvelopper(cle.get().clePriveeEchangeChiffree(),
                compte.identifiant(), derivation::brute, sel -> derivation.cle(sel, DerivationMotDePasse.ECHANGE),
                "X25519");
        echange.ifPresent(e -> stockage.clesDeSession().ouvrirEchange(compte.identifiant(), e));
        if (echange.isPresent() && !aJour(cle.get(), derivation)) {
            stockage.clesSignature().save(envelopper(compte.identifiant(), cle.get().clePublique(), privee,
                    cle.get().clePubliqueEchange(), echange.get(), derivation));
        }
    }

    /** The account's signing key opened with this derivation, or empty (wrong password, or changed outside). */
    public static Optional<PrivateKey> signature(CleSignature cle, DerivationMotDePasse derivation) {
        return Ed25519.desenvelopper(cle.clePriveeChiffree(), cle.identifiant(), derivation::brute,
                sel -> derivation.cle(sel, DerivationMotDePasse.SIGNATURE), "Ed25519");
    }

    /** True when both keys are in the current format under this derivation's salt. */
    static boolean aJour(CleSignature cle, DerivationMotDePasse derivation) {
        return Ed25519.selActuel(cle.clePriveeChiffree()).filter(derivation::memeSel).isPresent()
                && Ed25519.selActuel(cle.clePriveeEchangeChiffree()).filter(derivation::memeSel).isPresent();
    }

    private static CleSignature envelopper(String identifiant, String publique, PrivateKey privee,
                                           String publiqueEchange, PrivateKey priveeEchange,
                                           DerivationMotDePasse derivation) {
        byte[] sel = derivation.sel();
        return new CleSignature(identifiant, publique, Ed25519.envelopper(privee, identifiant, sel,
                derivation.cle(sel, DerivationMotDePasse.SIGNATURE)), publiqueEchange, Ed25519.envelopper(
                priveeEchange, identifiant, sel, derivation.cle(sel, DerivationMotDePasse.ECHANGE)));
    }

    private static boolean pourSoiSeulement(Compte compte, Utilisateur acteur) {
        return acteur.identifiant().equals(compte.identifiant());
    }

    /** The details of a registration entry: the account and its public key. */
    public static String enregistrement(String identifiant, String clePublique) {
        return "compte " + identifiant + " ; clé publique " + clePublique;
    }
}
