import fr.cellulepdp.model.audit.Audit;
import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Fills a new H2 file (in clear) with an audit trail of N entries chained as {@link Audit} chains them, for
 * scripts/benchmark-journal.sh: ten years of a cell's openings of files and decisions. The entries are written in the
 * name of an account that holds no key, so that they need no signature. Synthetic: no person is named.
 * Usage: java -cp app/target/cellule-pdp.jar scripts/RemplirJournal.java FICHIER.mv.db ENTREES
 */
public class RemplirJournal {

    public static void main(String[] args) throws Exception {
        Path fichier = Path.of(args[0]);
        int nombre = Integer.parseInt(args[1]);
        BaseDeDonnees.ouvrir(fichier).close();
        String url = "jdbc:h2:file:" + fichier.toAbsolutePath().toString().replaceFirst("\\.mv\\.db$", "");
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             PreparedStatement p = c.prepareStatement("INSERT INTO evenement_audit (numero_sequence, horodatage, "
                     + "acteur, action, type_objet, objet_id, details, hash_precedent, hash, signature) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, '')")) {
            c.setAutoCommit(false);
            String precedent = Audit.ORIGINE;
            for (int i = 1; i <= nombre; i++) {
                EvenementAudit e = new EvenementAudit(i, Instant.parse("2017-01-01T08:00:00Z").plusSeconds(600L * i),
                        "ancien.compte", "CONSULTATION", "Situation", UUID.randomUUID(),
                        "dossier PDP-2020-" + i + " ouvert", precedent, "");
                e = e.avecHash(e.hashCalcule());
                p.setLong(1, i);
                p.setObject(2, e.horodatage().atOffset(ZoneOffset.UTC));
                p.setString(3, e.acteur());
                p.setString(4, e.action());
                p.setString(5, e.typeObjet());
                p.setObject(6, e.objetId());
                p.setString(7, e.details());
                p.setString(8, precedent);
                p.setString(9, e.hash());
                p.addBatch();
                precedent = e.hash();
                if (i % 5000 == 0) {
                    p.executeBatch();
                    c.commit();
                }
            }
            p.executeBatch();
            c.commit();
        }
    }
}
