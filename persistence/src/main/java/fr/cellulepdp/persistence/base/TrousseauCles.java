package fr.cellulepdp.persistence.base;

import fr.cellulepdp.persistence.depot.PointDArret;
import fr.cellulepdp.persistence.compte.HachageArgon2;

import fr.cellulepdp.model.compte.DerivationMotDePasse;
import fr.cellulepdp.model.compte.SeConnecter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key ring beside the database file ({@code cellule.cles} beside {@code cellule.mv.db}): the database's random
 * key, wrapped once per account with AES-256-GCM under a key derived from the account's password (Argon2id). Logins
 * appear only as SHA-256 digests, so the file names no one. Before the first account exists, the key is kept in
 * clear ("provisoire") and removed as soon as an account holds it.
 *
 * <p>Failed tries are counted here too (the database cannot record them before it is open): the same growing wait
 * as {@link SeConnecter}. Whoever copies the files can bypass the count, but still faces Argon2id per guess.
 */
public final class TrousseauCles {

    static final String SUFFIXE = ".cles";
    private static final String FORMAT = "1";
    private static final String PROVISOIRE = "provisoire";
    private static final String PREFIXE_COMPTE = "compte.";
    private static final String PREFIXE_ECHECS = "echecs.";
    /** Refused tries, kept until the trail records them at the next login (the database is shut while refused). */
    private static final String PREFIXE_REFUS = "refus.";
    private static final String REFUS_INCONNU = PREFIXE_REFUS + "inconnu";
    private static final String SCEAU = "sceau.journal";
    /** The mark of an entry in the current format (one Argon2id per login, decision 0041). */
    private static final String FORMAT_ENTREE = "2";
    private static final int SEL = 16;
    private static final int NONCE = 12;
    private static final SecureRandom ALEA = new SecureRandom();

    private final Path fichier;

    private TrousseauCles(Path fichier) {
        this.fichier = fichier;
    }

    /** The key ring of the H2 database {@code base} (its path without ".mv.db"). */
    public static TrousseauCles de(Path base) {
        return new TrousseauCles(base.resolveSibling(base.getFileName() + SUFFIXE));
    }

    Path fichier() {
        return fichier;
    }

    boolean existe() {
        return Files.exists(fichier);
    }

    /** A new random database key (32 bytes). */
    static byte[] nouvelleCle() {
        byte[] cle = new byte[32];
        ALEA.nextBytes(cle);
        return cle;
    }

    /** Starts the key ring of a new database: its key in clear until an account holds it. */
    void creerProvisoire(byte[] cle) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty(PROVISOIRE, HexFormat.of().formatHex(cle));
        ecrire(p);
    }

    Optional<byte[]> cleProvisoire() {
        return Optional.ofNullable(lire().getProperty(PROVISOIRE)).map(HexFormat.of()::parseHex);
    }

    /** True once an account holds the key: the file then opens only with a password. */
    boolean verrouille() {
        return existe() && lire().stringPropertyNames().stream().anyMatch(n -> n.startsWith(PREFIXE_COMPTE))
                && cleProvisoire().isEmpty();
    }

    /**
     * The database key, for this login and password.
     *
     * @throws fr.cellulepdp.model.commun.SaisieInvalideException the one refusal of {@link SeConnecter} (unknown
     *         login and wrong password alike), or the wait after repeated misses
     */
    public byte[] deverrouiller(String identifiant, char[] motDePasse, Instant maintenant) {
        return deverrouiller(identifiant, DerivationMotDePasse.pour(new HachageArgon2(), motDePasse), maintenant);
    }

    /**
     * The same with the login's one derivation, which learns the account's salt here: an entry in the current
     * format ({@code 2:sel:nonce:chiffré}) is wrapped under the HKDF key {@value DerivationMotDePasse#TROUSSEAU} of
     * the master key that also wraps the account's signing keys; one in the former format ({@code sel:nonce:chiffré})
     * under the Argon2id output itself.
     */
    public byte[] deverrouiller(String identifiant, DerivationMotDePasse derivation, Instant maintenant) {
        Properties p = lire();
        String id = empreinte(identifiant == null ? "" : identifiant);
        String entree = p.getProperty(PREFIXE_COMPTE + id);
        char[] mdp = derivation.motDePasse();
        if (entree == null) {
            // the same slow work and the same answer as a wrong password
            HachageArgon2.cleDerivee(mdp, new byte[SEL]);
            compterRefus(p, REFUS_INCONNU, maintenant);
            ecrire(p);
            throw SeConnecter.refus();
        }
        int manques;
        Instant attente;
        Entree parties;
        try {
            String[] echecs = p.getProperty(PREFIXE_ECHECS + id, "0:").split(":", -1);
            manques = Integer.parseInt(echecs[0]);
            attente = echecs[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(echecs[1]));
            parties = Entree.lire(entree);
        } catch (RuntimeException abime) {
            throw endommage();
        }
        if (attente != null && attente.isAfter(maintenant)) {
            throw SeConnecter.attendre(maintenant, attente);
        }
        byte[] cleCompte = parties.cle(derivation);
        try {
            byte[] cle = aes(Cipher.DECRYPT_MODE, cleCompte, parties.nonce(), id, parties.chiffre());
            if (manques > 0) {
                p.remove(PREFIXE_ECHECS + id);
                ecrire(p);
            }
            return cle;
        } catch (GeneralSecurityException e) {
            int nouveaux = manques + 1;
            Instant jusqua = SeConnecter.blocageApres(nouveaux, maintenant);
            p.setProperty(PREFIXE_ECHECS + id, nouveaux + ":" + (jusqua == null ? "" : jusqua.toEpochMilli()));
            compterRefus(p, PREFIXE_REFUS + id, maintenant);
            ecrire(p);
            throw SeConnecter.refus();
        } finally {
            Arrays.fill(cleCompte, (byte) 0);
        }
    }

    /** Refused tries on the encrypted file since they were last recorded: this account's, and unknown logins'. */
    record Refus(int duCompte, Instant dernierDuCompte, int inconnus, Instant dernierInconnu) {
        boolean aucun() {
            return duCompte == 0 && inconnus == 0;
        }
    }

    /** Takes out (once) the refused tries the trail has not recorded yet, for the account that just opened it. */
    Refus prendreRefus(String identifiant) {
        if (!existe()) {
            return new Refus(0, null, 0, null);
        }
        Properties p = lire();
        String cleCompte = PREFIXE_REFUS + empreinte(identifiant);
        Refus refus = new Refus(nombre(p, cleCompte), dernier(p, cleCompte), nombre(p, REFUS_INCONNU),
                dernier(p, REFUS_INCONNU));
        if (!refus.aucun()) {
            p.remove(cleCompte);
            p.remove(REFUS_INCONNU);
            ecrire(p);
        }
        return refus;
    }

    private static void compterRefus(Properties p, String cle, Instant maintenant) {
        p.setProperty(cle, (nombre(p, cle) + 1) + ":" + maintenant.toEpochMilli());
    }

    private static int nombre(Properties p, String cle) {
        try {
            return Integer.parseInt(p.getProperty(cle, "0:").split(":", -1)[0]);
        } catch (NumberFormatException abime) {
            return 0;
        }
    }

    private static Instant dernier(Properties p, String cle) {
        String[] parties = p.getProperty(cle, "0:").split(":", -1);
        try {
            return parties.length < 2 || parties[1].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parties[1]));
        } catch (NumberFormatException abime) {
            return null;
        }
    }

    /** An account's entry: {@code 2:sel:nonce:chiffré} now, {@code sel:nonce:chiffré} before decision 0041. */
    private record Entree(boolean actuelle, byte[] sel, byte[] nonce, byte[] chiffre) {

        static Entree lire(String texte) {
            String[] parties = texte.split(":");
            boolean actuelle = parties.length == 4 && parties[0].equals(FORMAT_ENTREE);
            if (!actuelle && parties.length != 3) {
                throw new IllegalArgumentException("3 ou 4 parties attendues");
            }
            int debut = actuelle ? 1 : 0;
            Base64.Decoder b64 = Base64.getDecoder();
            return new Entree(actuelle, b64.decode(parties[debut]), b64.decode(parties[debut + 1]),
                    b64.decode(parties[debut + 2]));
        }

        byte[] cle(DerivationMotDePasse derivation) {
            return actuelle ? derivation.cle(sel, DerivationMotDePasse.TROUSSEAU) : derivation.brute(sel);
        }
    }

    /** Wraps {@code cle} for this account (replacing its former password) and drops the provisional key. */
    void accorder(String identifiant, char[] motDePasse, byte[] cle) {
        accorder(identifiant, DerivationMotDePasse.nouvelle(new HachageArgon2(), motDePasse), cle);
    }

    /** The same under {@code derivation}'s salt, the one of the account's signing keys (decision 0041). */
    void accorder(String identifiant, DerivationMotDePasse derivation, byte[] cle) {
        Properties p = existe() ? lire() : new Properties();
        p.setProperty("format", FORMAT);
        String id = empreinte(identifiant);
        byte[] sel = derivation.sel();
        byte[] nonce = new byte[NONCE];
        ALEA.nextBytes(nonce);
        byte[] cleCompte = derivation.cle(sel, DerivationMotDePasse.TROUSSEAU);
        try {
            Base64.Encoder b64 = Base64.getEncoder();
            p.setProperty(PREFIXE_COMPTE + id, FORMAT_ENTREE + ":" + b64.encodeToString(sel) + ":"
                    + b64.encodeToString(nonce) + ":" + b64.encodeToString(aes(Cipher.ENCRYPT_MODE, cleCompte, nonce,
                    id, cle)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("chiffrement de la clé impossible : " + e.getMessage(), e);
        } finally {
            Arrays.fill(cleCompte, (byte) 0);
        }
        p.remove(PREFIXE_ECHECS + id);
        p.remove(PROVISOIRE);
        ecrire(p);
    }

    /**
     * After a login that opened this account's entry: an entry in the former format, or under another salt than the
     * login's, is wrapped again in the current format under the login's salt (no Argon2id more: the derivation has
     * it). The file is replaced whole by a move, so a process killed at any point leaves the former entry or the
     * new one, each opening with the password.
     */
    void reenvelopper(String identifiant, DerivationMotDePasse derivation) {
        if (!existe()) {
            return;
        }
        Properties p = lire();
        String id = empreinte(identifiant);
        String texte = p.getProperty(PREFIXE_COMPTE + id);
        if (texte == null) {
            return;
        }
        Entree entree = Entree.lire(texte);
        if (entree.actuelle() && derivation.memeSel(entree.sel())) {
            return;
        }
        byte[] cleCompte = entree.cle(derivation);
        byte[] cle;
        try {
            cle = aes(Cipher.DECRYPT_MODE, cleCompte, entree.nonce(), id, entree.chiffre());
        } catch (GeneralSecurityException autreMotDePasse) {
            return;
        } finally {
            Arrays.fill(cleCompte, (byte) 0);
        }
        PointDArret.atteint("trousseau-reenveloppe");
        accorder(identifiant, derivation, cle);
        Arrays.fill(cle, (byte) 0);
    }

    /** True when this account's password unwraps the key. */
    boolean detient(String identifiant) {
        return existe() && lire().containsKey(PREFIXE_COMPTE + empreinte(identifiant));
    }

    void retirer(String identifiant) {
        if (!existe()) {
            return;
        }
        Properties p = lire();
        String id = empreinte(identifiant);
        p.remove(PREFIXE_COMPTE + id);
        p.remove(PREFIXE_ECHECS + id);
        ecrire(p);
    }

    /** The audit trail's head as sealed at the last close (see {@link fr.cellulepdp.model.audit.SceauJournal}). */
    Optional<String> sceau() {
        return existe() ? Optional.ofNullable(lire().getProperty(SCEAU)) : Optional.empty();
    }

    void sceller(String sceau) {
        if (existe()) {
            Properties p = lire();
            p.setProperty(SCEAU, sceau);
            ecrire(p);
        }
    }

    /** The file's bytes, for the backup; empty when the database is not encrypted. */
    Optional<byte[]> contenu() {
        try {
            return existe() ? Optional.of(Files.readAllBytes(fichier)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("trousseau de clés illisible : " + e.getMessage(), e);
        }
    }

    /** Renames the key ring (kept, never deleted: it may still open a copy of the database somewhere). */
    void mettreDeCote(String suffixe) {
        try {
            if (existe()) {
                Files.move(fichier, fichier.resolveSibling(fichier.getFileName() + suffixe),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("trousseau de clés impossible à renommer : " + e.getMessage(), e);
        }
    }

    void supprimer() {
        try {
            Files.deleteIfExists(fichier);
        } catch (IOException e) {
            throw new UncheckedIOException("trousseau de clés impossible à supprimer : " + e.getMessage(), e);
        }
    }

    private static byte[] aes(int mode, byte[] cle, byte[] nonce, String id, byte[] donnees)
            throws GeneralSecurityException {
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(mode, new SecretKeySpec(cle, "AES"), new GCMParameterSpec(128, nonce));
        // bound to the account: an entry copied onto another login does not open
        aes.updateAAD(id.getBytes(StandardCharsets.US_ASCII));
        return aes.doFinal(donnees);
    }

    /** Logins are stored lower-case, and typed as the person likes: the same digest for both. */
    private static String empreinte(String identifiant) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("cellule-pdp:" + identifiant.strip().toLowerCase(java.util.Locale.ROOT)).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Properties lire() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(Files.readString(fichier, StandardCharsets.ISO_8859_1)));
        } catch (IOException e) {
            throw new BaseIndisponibleException("Le trousseau de clés de la base (« " + fichier + " ») est "
                    + "illisible : " + e.getMessage(), e);
        }
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw endommage();
        }
        return p;
    }

    private BaseIndisponibleException endommage() {
        return new BaseIndisponibleException("Le trousseau de clés de la base (« " + fichier + " ») est endommagé "
                + "ou dans un format inconnu : restaurez-le depuis une sauvegarde (il y est avec la base).", null);
    }

    private void ecrire(Properties p) {
        StringWriter texte = new StringWriter();
        try {
            p.store(texte, "Cellule PDP : cle de la base, chiffree pour chaque compte par son mot de passe");
            ecrireOctets(texte.toString().getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException("trousseau de clés impossible à écrire : " + e.getMessage(), e);
        }
    }

    /** Written beside, then moved in place: a crash leaves the former key ring or the new one, never half of one. */
    private void ecrireOctets(byte[] octets) throws IOException {
        Files.createDirectories(fichier.toAbsolutePath().getParent());
        // createTempFile makes it readable by its owner only (rw------- on POSIX), which the move keeps
        Path temporaire = Files.createTempFile(fichier.toAbsolutePath().getParent(), ".cles", ".tmp");
        try {
            Files.write(temporaire, octets);
            try {
                Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporaire, fichier, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporaire);
        }
    }
}
