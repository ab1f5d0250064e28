package fr.cellulepdp.persistence.suivi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.commun.Horloge;
import fr.cellulepdp.model.suivi.SuivreSuivis;
import fr.cellulepdp.model.suivi.SuivreSuivis.LigneSuivi;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose reminders were sent before the follow-ups kept when they were last reminded (version 40): the
 * Java migration 41.1 gives each follow-up the latest reminder that left naming it.
 */
class MigrationRappelsTest {

    private static final String SUIVI_RAPPELE = "00000000-0000-0000-0000-000000000011";
    private static final String SUIVI_JAMAIS = "00000000-0000-0000-0000-000000000012";
    private static final String AUTRE_SUIVI = "00000000-0000-0000-0000-000000000099";

    @TempDir
    Path dossier;

    @Test
    void each_follow_up_gets_the_latest_reminder_that_left_naming_it() throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("v40")).migreeJusqua("40");
        try (Connection connexion = acces.connexion();
             Statement sql = connexion.createStatement()) {
            BasesDeTest.insererAssureAncien(sql, "Hélène");
            BasesDeTest.insererSituationAncienne(sql);
            for (String suivi : new String[] {SUIVI_RAPPELE, SUIVI_JAMAIS}) {
                sql.execute("INSERT INTO suivi (id, version, situation_id, action, echeance, note) VALUES ('" + suivi
                        + "', 1, '00000000-0000-0000-0000-000000000002', 'Point', DATE '2025-05-01', '')");
            }
            sql.execute("INSERT INTO membre (id, version, civilite, prenom, nom, fonction, organisation, role, email, "
                    + "actif) VALUES ('00000000-0000-0000-0000-000000000020', 1, 'Mme', 'Prénom', 'Martin', "
                    + "'Assistante sociale', 'CPAM', 'REFERENT_SOCIAL', 'martin@exemple.fr', TRUE)");
            rappel(sql, 21, "2025-04-28", "TIMESTAMP WITH TIME ZONE '2025-04-28 09:00:00+02'", SUIVI_RAPPELE);
            rappel(sql, 22, "2025-04-29", "TIMESTAMP WITH TIME ZONE '2025-04-29 09:00:00+02'",
                    SUIVI_RAPPELE + "," + AUTRE_SUIVI);
            // queued, never sent: it does not count
            rappel(sql, 23, "2025-04-30", "NULL", SUIVI_RAPPELE + "," + SUIVI_JAMAIS);
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("v40"))) {
            SuivreSuivis suivis = new SuivreSuivis(base, Horloge.fixe(Instant.parse("2025-05-02T10:00:00Z")),
                    () -> new Utilisateur(null, "c", Role.COORDINATRICE));
            assertThat(suivis.lister(null, false).lignes()).extracting(l -> l.id().toString(), LigneSuivi::rappeleLe)
                    .containsExactlyInAnyOrder(tuple(SUIVI_RAPPELE, Instant.parse("2025-04-29T07:00:00Z")),
                            tuple(SUIVI_JAMAIS, null));
        }
    }

    private static void rappel(Statement sql, int numero, String jour, String envoyeLe, String suivis)
            throws SQLException {
        boolean envoye = !"NULL".equals(envoyeLe);
        sql.execute("INSERT INTO rappel_suivis (id, version, membre_id, jour, adresse, message_id, objet, corps, "
                + "suivi_ids, statut, tentatives, envoye_le, derniere_erreur) VALUES ("
                + "'00000000-0000-0000-0000-0000000000" + numero + "', 1, '00000000-0000-0000-0000-000000000020', "
                + "DATE '" + jour + "', 'martin@exemple.fr', '<rappel-" + numero + "@cellule-pdp>', 'Rappel', "
                + "'Corps', '" + suivis + "', '" + (envoye ? "ENVOYEE" : "EN_ATTENTE_ENVOI") + "', 1, " + envoyeLe
                + ", '')");
    }
}
