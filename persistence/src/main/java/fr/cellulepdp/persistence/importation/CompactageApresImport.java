package fr.cellulepdp.persistence.importation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Compacts the H2 file when it closes after an import that left it mostly free space. H2 never overwrites a page in
 * place: the pages an import rewrites while its batches go in stay in the file as free space (a fresh database held
 * 471 MB after 100 000 rows, for some 60 MB of data), and H2 compacts only 200 ms at each closing. When less than
 * half of the file holds live data, {@code SHUTDOWN COMPACT} rewrites it to its data's size (decision 0045).
 */
public final class CompactageApresImport {

    /** Below this share of live data (in %), the file is compacted. */
    static final int REMPLISSAGE_MINIMAL = 50;

    private final boolean fichierH2;
    private volatile boolean demande;

    /** {@code fichierH2}: false on PostgreSQL and for an in-memory H2 database, which have no file to compact. */
    public CompactageApresImport(boolean fichierH2) {
        this.fichierH2 = fichierH2;
    }

    /** An import wrote a batch: look at the file before it closes. */
    public void demander() {
        demande = fichierH2;
    }

    /** Before the pool closes: compacts the file if an import wrote to it and left more free space than data. */
    public void siNecessaire(DataSource pool) {
        if (!demande) {
            return;
        }
        try (Connection connexion = pool.getConnection(); Statement requete = connexion.createStatement()) {
            if (remplissage(requete) < REMPLISSAGE_MINIMAL) {
                requete.execute("SHUTDOWN COMPACT");
            }
        } catch (SQLException e) {
            // not compacted: the file is only larger than it needs, H2 goes on compacting it a little at each closing
            org.slf4j.LoggerFactory.getLogger(CompactageApresImport.class).warn("base non compactée après "
                    + "l'import : {}", e.getClass().getSimpleName());
        }
    }

    /** The share of the file that holds live data, in %: the file's fill rate times its chunks' fill rate. */
    static int remplissage(Statement requete) throws SQLException {
        int fichier = 100;
        int morceaux = 100;
        try (ResultSet lignes = requete.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
                + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME IN ('info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (lignes.next()) {
                int valeur = Integer.parseInt(lignes.getString(2).trim());
                if (lignes.getString(1).equals("info.FILL_RATE")) {
                    fichier = valeur;
                } else {
                    morceaux = valeur;
                }
            }
        }
        return fichier * morceaux / 100;
    }
}
