package fr.cellulepdp.persistence.base;

import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.security.AES;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.XtsAesJce;

/**
 * The encrypted H2 file deciphered and enciphered with the JDK's AES (the processor's AES instructions) instead of
 * H2's AES written in Java, which took 45 % of the CPU of a 100 000-row import, and a share of every read of the
 * file (issue 22, decision 0055). The file's format does not change: H2's XTS mode, its key, its sectors, only the
 * AES computation is done elsewhere. H2 offers no setting for it: once the file is open, its {@link FileEncrypt}'s XTS
 * is replaced by {@link XtsAesJce}, after checking on random sectors that both give the same bytes, enciphering and
 * deciphering. When anything differs (another H2 version, a JDK without AES), H2's own code stays: slower, never
 * wrong. A compaction's new file ({@code SHUTDOWN COMPACT}) takes its source's XTS, so it benefits too.
 */
final class ChiffrementMateriel {

    private ChiffrementMateriel() {
    }

    /**
     * Installs the JDK's AES into the open encrypted H2 database of {@code pool}; true when installed, false when the
     * file is not encrypted, already done, or H2 is not as expected (then nothing changes).
     */
    static boolean installer(DataSource pool) {
        try (Connection connexion = pool.getConnection()) {
            FileEncrypt fichier = fichier(connexion);
            if (fichier == null) {
                return false;
            }
            fichier.size(); // H2 sets its XTS up at the first access
            Object xts = champ(fichier, "xts");
            if (xts == null || xts instanceof XtsAesJce || !(champ(xts, "cipher") instanceof AES aes)) {
                return false;
            }
            XtsAesJce rapide = new XtsAesJce(aes, cle(aes));
            if (!rapide.memesOctetsQue(xts)) {
                return false;
            }
            ecrire(fichier, "xts", rapide);
            return true;
        } catch (SQLException | ReflectiveOperationException | RuntimeException | java.io.IOException e) {
            // H2 not as this build knows it: its own AES stays
            org.slf4j.LoggerFactory.getLogger(ChiffrementMateriel.class).warn("chiffrement de la base par le "
                    + "processeur non installé : {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** True when the encrypted H2 file this connection reads goes through the JDK's AES. */
    static boolean actif(Connection connexion) throws SQLException, ReflectiveOperationException {
        FileEncrypt fichier = fichier(connexion);
        return fichier != null && champ(fichier, "xts") instanceof XtsAesJce;
    }

    /** The encrypted file under an embedded H2 connection, or null (not encrypted, not embedded). */
    private static FileEncrypt fichier(Connection connexion) throws SQLException, ReflectiveOperationException {
        JdbcConnection h2 = connexion.unwrap(JdbcConnection.class);
        if (!(h2.getSession() instanceof SessionLocal session) || session.getDatabase().getStore() == null) {
            return null;
        }
        Object magasin = session.getDatabase().getStore().getMvStore().getFileStore();
        return magasin != null && champ(magasin, "fileChannel") instanceof FileEncrypt fichier ? fichier : null;
    }

    /**
     * The AES-128 key of H2's cipher: the first four words of its expanded key are the key itself (FIPS 197, 5.2),
     * big-endian as H2 reads them.
     */
    static byte[] cle(AES aes) throws ReflectiveOperationException {
        int[] etendue = (int[]) champ(aes, "encKey");
        byte[] cle = new byte[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                cle[4 * i + j] = (byte) (etendue[i] >>> (24 - 8 * j));
            }
        }
        return cle;
    }

    private static Object champ(Object objet, String nom) throws ReflectiveOperationException {
        Field champ = trouver(objet.getClass(), nom);
        champ.setAccessible(true);
        return champ.get(objet);
    }

    private static void ecrire(Object objet, String nom, Object valeur) throws ReflectiveOperationException {
        Field champ = trouver(objet.getClass(), nom);
        champ.setAccessible(true);
        champ.set(objet, valeur);
    }

    private static Field trouver(Class<?> classe, String nom) throws NoSuchFieldException {
        for (Class<?> c = classe; c != null; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(nom);
            } catch (NoSuchFieldException suivante) {
                // in a superclass
            }
        }
        throw new NoSuchFieldException(nom);
    }
}
