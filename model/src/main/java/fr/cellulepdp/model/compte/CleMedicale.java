package fr.cellulepdp.model.compte;

import fr.cellulepdp.model.audit.CleSignature;
import fr.cellulepdp.model.audit.X25519;
import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.SaisieInvalideException;
import fr.cellulepdp.model.situation.AvisMedicalSituation;
import fr.cellulepdp.model.situation.ChiffreAvisMedical;
import fr.cellulepdp.model.situation.Situation;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key of the medical opinions: the opinions are stored encrypted under it (AES-256-GCM, « chiffre:v1:… »), and it
 * is wrapped only for the accounts whose <em>attested</em> role reads them ({@link RolesAttestes}: the medical
 * référents, and the coordinatrice when the cell allows it), each with its own X25519 public key. Neither the database
 * key nor a role edited in the database opens it. At each login of an account that holds it, it is wrapped for the
 * readers who lack it and withdrawn from those who no longer read; the first reader's login creates it and encrypts
 * the opinions written before.
 */
public final class CleMedicale implements ChiffreAvisMedical {

    static final String PREFIXE = "chiffre:v1:";
    private static final SecureRandom ALEA = new SecureRandom();

    private final StockageCleMedicale stockage;

    public CleMedicale(StockageCleMedicale stockage) {
        this.stockage = stockage;
    }

    /** At login, once the account's keys are open and its role checked. */
    public void ouvrir(Compte compte) {
        if (!compte.role().estInterne()) {
            // a partner's role reads no key table on a server (decision 0042): the next member's login tidies up
            return;
        }
        Map<String, Role> roles = RolesAttestes.attestes(stockage);
        retirerAuxNonLecteurs(roles);
        if (!lit(compte.utilisateur())) {
            return;
        }
        Optional<String> enveloppe = stockage.clesMedicales().find(compte.identifiant());
        Optional<CleSignature> cles = stockage.clesSignature().find(compte.identifiant());
        var privee = stockage.clesDeSession().echange(compte.identifiant());
        if (cles.isEmpty() || privee.isEmpty()) {
            return;
        }
        if (enveloppe.isPresent()) {
            X25519.ouvrir(enveloppe.get(), privee.get(), cles.get().clePubliqueEchange())
                    .ifPresent(octets -> stockage.clesDeSession().ouvrirCleMedicale(new SecretKeySpec(octets, "AES")));
        } else if (stockage.clesMedicales().findAll().isEmpty()) {
            creer(cles.get());
        }
        if (stockage.clesDeSession().cleMedicale().isPresent()) {
            donnerAuxLecteurs(roles);
        }
    }

    /**
     * The opinion as stored: encrypted under the medical key — or in clear while no medical reader has ever logged in
     * (no key exists yet: the demo loaded by the application, a cell before its physician's first login); that first
     * login encrypts it.
     */
    @Override
    public String chiffrer(String clair) {
        if (clair.isEmpty() || (stockage.clesDeSession().cleMedicale().isEmpty()
                && stockage.clesMedicales().findAll().isEmpty())) {
            return clair;
        }
        byte[] nonce = new byte[12];
        ALEA.nextBytes(nonce);
        byte[] chiffre = aes(Cipher.ENCRYPT_MODE, cle(), nonce, clair.getBytes(StandardCharsets.UTF_8));
        return PREFIXE + Base64.getEncoder().encodeToString(nonce) + ":" + Base64.getEncoder().encodeToString(chiffre);
    }

    /** The opinion in clear (an opinion from before encryption is returned as it is). */
    @Override
    public String dechiffrer(String stocke) {
        if (!stocke.startsWith(PREFIXE)) {
            return stocke;
        }
        String[] parties = stocke.substring(PREFIXE.length()).split(":");
        Base64.Decoder b64 = Base64.getDecoder();
        return new String(aes(Cipher.DECRYPT_MODE, cle(), b64.decode(parties[0]), b64.decode(parties[1])),
                StandardCharsets.UTF_8);
    }

    /** The opinion in clear when this session holds the key, or else empty. */
    @Override
    public Optional<String> siLisible(String stocke) {
        return !stocke.startsWith(PREFIXE) || stockage.clesDeSession().cleMedicale().isPresent()
                ? Optional.of(dechiffrer(stocke)) : Optional.empty();
    }

    private SecretKey cle() {
        return stockage.clesDeSession().cleMedicale().orElseThrow(() -> new SaisieInvalideException("avisMedical",
                "la clé des avis médicaux n'a pas encore été transmise à ce compte : elle le sera à la prochaine "
                        + "connexion d'un référent médical qui la détient."));
    }

    private boolean lit(Utilisateur utilisateur) {
        return AvisMedicalSituation.peutLire(stockage.cellules(), utilisateur);
    }

    private void creer(CleSignature cles) {
        byte[] octets = new byte[32];
        ALEA.nextBytes(octets);
        stockage.transactions().inTransaction(() -> {
            stockage.clesMedicales().save(cles.identifiant(), X25519.envelopperPour(cles.clePubliqueEchange(), octets));
            stockage.clesDeSession().ouvrirCleMedicale(new SecretKeySpec(octets, "AES"));
            for (Situation s : stockage.situations().findAll()) {
                if (!s.avisMedical().isEmpty() && !s.avisMedical().startsWith(PREFIXE)) {
                    stockage.situations().save(s.avecAvisMedical(chiffrer(s.avisMedical())));
                }
            }
            return null;
        });
    }

    private void donnerAuxLecteurs(Map<String, Role> roles) {
        byte[] octets = stockage.clesDeSession().cleMedicale().orElseThrow().getEncoded();
        Map<String, String> enveloppes = stockage.clesMedicales().findAll();
        for (Compte autre : stockage.comptes().findAll()) {
            Role atteste = roles.get(autre.identifiant());
            if (autre.actif() && atteste != null && !enveloppes.containsKey(autre.identifiant())
                    && lit(new Utilisateur(autre.membreId(), autre.identifiant(), atteste))) {
                stockage.clesSignature().find(autre.identifiant()).ifPresent(cles -> stockage.clesMedicales()
                        .save(autre.identifiant(), X25519.envelopperPour(cles.clePubliqueEchange(), octets)));
            }
        }
    }

    /** Deleting needs no key: an account disabled, whose role changed, or the coordinatrice once the cell forbids it. */
    private void retirerAuxNonLecteurs(Map<String, Role> roles) {
        for (String login : stockage.clesMedicales().findAll().keySet()) {
            Optional<Compte> compte = stockage.comptes().findByIdentifiant(login);
            Role atteste = roles.get(login);
            boolean lit = compte.isPresent() && compte.get().actif() && (roles.isEmpty()
                    ? lit(compte.get().utilisateur()) : atteste != null
                    && lit(new Utilisateur(compte.get().membreId(), login, atteste)));
            if (!lit) {
                stockage.clesMedicales().supprimer(login);
            }
        }
    }

    private static byte[] aes(int mode, SecretKey cle, byte[] nonce, byte[] donnees) {
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(mode, cle, new GCMParameterSpec(128, nonce));
            return aes.doFinal(donnees);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("avis médical illisible avec cette clé", e);
        }
    }
}
