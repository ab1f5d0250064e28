package fr.cellulepdp.persistence.situation;

import fr.cellulepdp.persistence.base.BaseDeDonnees;
import fr.cellulepdp.persistence.base.BasesDeTest;
import fr.cellulepdp.persistence.base.Exemples;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.model.cellule.Role;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.situation.CritereSituations;
import fr.cellulepdp.model.situation.ListerSituations;
import fr.cellulepdp.model.situation.ResumeSituation;
import fr.cellulepdp.model.situation.Situation;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Past 9 999 files in a year, the newest file still comes first: numbers sort as numbers, old rows included. */
class NumerosDossierTest {

    private static final Utilisateur COORDINATRICE = new Utilisateur(null, "c", Role.COORDINATRICE);

    @TempDir
    Path dossier;

    private static List<String> liste(BaseDeDonnees base) {
        return new ListerSituations(base, () -> COORDINATRICE).rechercher(CritereSituations.tout()).lignes().stream()
                .map(ResumeSituation::numeroDossier).toList();
    }

    @Test
    void the_list_puts_file_ten_thousand_before_file_9999() {
        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("cellule"))) {
            base.membres().save(Exemples.membre(Exemples.REFERENTE, Role.REFERENT_SOCIAL));
            base.assures().save(Exemples.assure());
            for (String numero : List.of("PDP-2026-9999", "PDP-2026-10000", "PDP-2025-10001", "PDP-2026-0998")) {
                base.situations().save(avecNumero(Exemples.situation(), numero));
            }

            assertThat(liste(base)).containsExactly("PDP-2026-10000", "PDP-2026-9999", "PDP-2026-0998",
                    "PDP-2025-10001");
            assertThat(base.situations().findAll()).extracting(Situation::numeroDossier)
                    .containsExactly("PDP-2025-10001", "PDP-2026-0998", "PDP-2026-9999", "PDP-2026-10000");
        }
    }

    @Test
    void rows_written_before_the_sort_key_get_it_from_the_migration() throws SQLException {
        BasesDeTest.Acces acces = BasesDeTest.acces(dossier.resolve("ancienne")).migreeJusqua("21");
        try (Connection connexion = acces.connexion();
             Statement sql = connexion.createStatement()) {
            BasesDeTest.insererAssureAncien(sql, "Zoé");
            int rang = 2;
            for (String numero : List.of("PDP-2026-9999", "PDP-2026-10000", "PDP-2026-0042")) {
                sql.execute("INSERT INTO situation (id, version, numero_dossier, assure_id, date_signalement, "
                        + "origine, risque, urgent, urgent_motif, complexe, complexe_motif, notes_sociales, "
                        + "avis_medical, statut) VALUES ('00000000-0000-0000-0000-00000000000" + rang++ + "', 0, '"
                        + numero + "', '00000000-0000-0000-0000-000000000001', DATE '2026-03-01', "
                        + "'SERVICE_MEDICAL', 'MALADIE', FALSE, '', FALSE, '', '', '', 'OUVERTE')");
            }
        }

        try (BaseDeDonnees base = BasesDeTest.ouvrir(dossier.resolve("ancienne"))) {
            assertThat(liste(base)).containsExactly("PDP-2026-10000", "PDP-2026-9999", "PDP-2026-0042");
        }
    }

    private static Situation avecNumero(Situation s, String numero) {
        return new Situation(UUID.randomUUID(), 0, numero, s.assureId(), s.referentSocialId(), s.dateSignalement(),
                s.origine(), s.risque(), s.debutArret(), s.finArretPrevue(), s.consentement(), s.urgent(),
                s.complexe(), s.notesSociales(), s.avisMedical(), s.statut(), s.issue(), s.dateCloture(),
                s.serviceSanteTravail());
    }
}
