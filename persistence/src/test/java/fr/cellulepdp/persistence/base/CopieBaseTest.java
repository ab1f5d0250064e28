package fr.cellulepdp.persistence.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cellulepdp.model.audit.EvenementAudit;
import fr.cellulepdp.model.cellule.Utilisateur;
import fr.cellulepdp.model.decision.Decision;
import fr.cellulepdp.model.decision.IssueDecision;
import fr.cellulepdp.model.decision.SuiviPrevu;
import fr.cellulepdp.model.demo.ChargerDonneesDemo;
import fr.cellulepdp.model.document.ModeleCourrier;
import fr.cellulepdp.model.notification.CanalEnvoi;
import fr.cellulepdp.model.notification.Destinataire;
import fr.cellulepdp.model.notification.Notification;
import fr.cellulepdp.model.notification.RegleMotDePasse;
import fr.cellulepdp.model.notification.SecuriteSmtp;
import fr.cellulepdp.model.notification.ServeurSmtp;
import fr.cellulepdp.model.notification.StatutNotification;
import fr.cellulepdp.model.seance.PointOrdreDuJour;
import fr.cellulepdp.model.seance.Seance;
import fr.cellulepdp.model.seance.SeanceDeDemo;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a cell from one database to another keeps every row of every table, compared value by value (instants as
 * instants, binary columns byte for byte), and refuses a target that already holds data.
 */
class CopieBaseTest {

    @TempDir
    Path dossier;

    /** The demo cell, plus a row in every table the demo leaves empty (letters, their PDF, a rectificatif...). */
    private static void remplir(BaseDeDonnees base) {
        new ChargerDonneesDemo(base, () -> Utilisateur.systeme()).executer(SeanceDeDemo.REFERENCE);
        Decision decision = base.decisions().findAll().stream().filter(d -> d.seanceId() != null).findFirst()
                .orElseThrow();
        base.decisions().save(new Decision(UUID.randomUUID(), 0, decision.demandeId(), decision.seanceId(),
                IssueDecision.REFUS, decision.avisMedical(), "rectificatif : erreur matérielle", "", null, null,
                new BigDecimal("1234.50"), "", null, "", decision.id(), Instant.parse("2026-11-25T10:15:30.123Z"),
                decision.decideeParId(), null, List.of(new SuiviPrevu("Bilan", decision.decideeParId(),
                        LocalDate.of(2027, 1, 15)), new SuiviPrevu("Relance", null, LocalDate.of(2027, 2, 1)))));
        Seance seance = base.seances().findAll().stream().filter(s -> !s.ordreDuJour().isEmpty()).findFirst()
                .orElseThrow();
        PointOrdreDuJour premier = seance.ordreDuJour().get(0);
        List<PointOrdreDuJour> points = new ArrayList<>(seance.ordreDuJour());
        points.set(0, new PointOrdreDuJour(premier.id(), premier.situationId(), premier.demandeIds(),
                premier.categorie(), premier.dureePrevueMinutes(), Set.of(decision.decideeParId())));
        base.seances().save(new Seance(seance.id(), seance.version(), seance.numero(), seance.date(), seance.heure(),
                seance.lieu(), seance.lienVisio(), seance.statut(), seance.secretaireId(), seance.presences(),
                seance.invites(), points, seance.derogationQuorum()));
        Seance precedente = base.seances().findAll().stream().filter(s -> !s.id().equals(seance.id())).findFirst()
                .orElseThrow();
        base.approbationsProcesVerbal().save(new fr.cellulepdp.model.seance.ApprobationProcesVerbal(UUID.randomUUID(),
                0, seance.id(), precedente.id(), fr.cellulepdp.model.seance.Approbation.APPROUVE_AVEC_MODIFICATIONS,
                "Point 2 : date corrigée."));
        Notification lettre = base.notifications().save(new Notification(UUID.randomUUID(), 0, decision.id(),
                Destinataire.ASSURE, CanalEnvoi.EMAIL, StatutNotification.EN_ATTENTE_ENVOI, "ab".repeat(32), 1, null,
                "535 Authentication failed", "personne@exemple.fr", "<lettre@cellule.exemple.fr>",
                Instant.parse("2026-11-26T08:00:00Z")));
        byte[] pdf = new byte[70_000];
        for (int i = 0; i < pdf.length; i++) {
            pdf[i] = (byte) (i * 31 + i / 256);
        }
        base.notifications().attacherPdf(lettre.id(), pdf);
        base.comptes().save(new fr.cellulepdp.model.compte.Compte(UUID.randomUUID(), 0, "helene.martinel",
                decision.decideeParId(), fr.cellulepdp.model.cellule.Role.COORDINATRICE,
                "$argon2id$v=19$m=19456,t=2,p=1$c2Vs$aGFzaA", true, 3, Instant.parse("2026-11-26T08:00:15Z")));
        base.serveursSmtp().save(new ServeurSmtp(UUID.randomUUID(), 0, "smtp.exemple.fr", 587, SecuriteSmtp.STARTTLS,
                "cellule", "chiffré==", "cellule@exemple.fr", "Cellule PDP", RegleMotDePasse.DATE_NAISSANCE));
        base.modelesCourrier().save(new ModeleCourrier(UUID.randomUUID(), 0, IssueDecision.REFUS,
                "Madame, Monsieur,\n{{decision.motifs}}"));
        base.journalAudit().append(new EvenementAudit(0, Instant.parse("2026-11-23T10:00:00Z"), "coordinatrice",
                "CREATION", "Situation", UUID.randomUUID(), "", "", "h1", "c2lnbmF0dXJl"));
        base.clesSignature().save(new fr.cellulepdp.model.audit.CleSignature("coordinatrice", "cHVibGlxdWU=",
                "c2Vs:bm9uY2U=:Y2hpZmZyZQ==", "ZWNoYW5nZQ==", "c2Vs:bm9uY2U=:ZWNoYW5nZQ=="));
        base.clesMedicales().save("coordinatrice", "ZXBo:bm9uY2U=:Y2xlbWVk");
        base.rappels().enregistrerReglage(new fr.cellulepdp.model.suivi.ReglageRappels(UUID.randomUUID(), 0, true, 5, 8));
        UUID suivi = base.suivis().findAll().get(0).id();
        base.rappels().save(new fr.cellulepdp.model.suivi.RappelSuivis(UUID.randomUUID(), 0, decision.decideeParId(),
                LocalDate.of(2026, 11, 26), "membre@exemple.fr", "<rappel@cellule-pdp>", "Rappel", "Bonjour",
                List.of(suivi, UUID.randomUUID()), StatutNotification.ENVOYEE, 1, null,
                Instant.parse("2026-11-26T08:00:00.5Z"), ""));
        base.misesADisposition().save(new fr.cellulepdp.model.importation.MiseADisposition(UUID.randomUUID(), 0,
                base.situations().findAll().get(0).id(), CanalEnvoi.COURRIER, "PDP-2026-0001-mise-a-disposition.pdf",
                "cd".repeat(32), Instant.parse("2026-11-26T09:00:00Z"), null));
        base.misesADisposition().enregistrerModele("Bonjour {{assure.civilite}}");
        base.courrielsMembres().save(new fr.cellulepdp.model.convocation.CourrielMembre(UUID.randomUUID(), 0,
                seance.id(), decision.decideeParId(), fr.cellulepdp.model.convocation.NatureCourrielMembre.CONVOCATION,
                2, "empreinte", "membre@exemple.fr", "Convocation", "Bonjour",
                List.of(new fr.cellulepdp.model.notification.PieceJointe("seance.ics", "text/calendar",
                        "BEGIN:VCALENDAR".getBytes(java.nio.charset.StandardCharsets.UTF_8))),
                "<convocation@cellule-pdp>", StatutNotification.EN_ATTENTE_ENVOI, 0,
                Instant.parse("2026-11-26T08:00:01Z"), null, null, ""));
        base.courrielsMembres().choisirProcesVerbalAuxInternes(true);
    }

    /** Every row of every table, as text: instants as instants, bytes in hexadecimal, rows sorted. */
    static Map<String, List<String>> contenu(BaseDeDonnees base) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        for (Table<?> table : CopieBase.tablesDansLOrdre()) {
            List<String> lignes = new ArrayList<>();
            for (Record ligne : base.contexte().dsl().selectFrom(table).fetch()) {
                lignes.add(ligne.intoStream().map(CopieBaseTest::texte).collect(Collectors.joining(" | ")));
            }
            lignes.sort(null);
            tables.put(table.getName(), lignes);
        }
        return tables;
    }

    private static String texte(Object valeur) {
        if (valeur instanceof OffsetDateTime horodatage) {
            return horodatage.toInstant().toString();
        }
        if (valeur instanceof byte[] octets) {
            return HexFormat.of().formatHex(octets);
        }
        if (valeur instanceof BigDecimal montant) {
            return montant.toPlainString();
        }
        return String.valueOf(valeur);
    }

    private static void copierEtComparer(BaseDeDonnees source, BaseDeDonnees cible, Map<String, List<String>> attendu) {
        List<String> tablesCopiees = new ArrayList<>();
        CopieBase.Rapport rapport = CopieBase.copier(source, cible, tablesCopiees::add);

        assertThat(rapport.conforme()).as(rapport.toString()).isTrue();
        assertThat(tablesCopiees).hasSize(attendu.size());
        assertThat(rapport.tables()).allSatisfy(c -> assertThat(c.source()).as(c.table()).isPositive());
        Map<String, List<String>> copie = contenu(cible);
        for (String table : attendu.keySet()) {
            assertThat(copie.get(table)).as(table).containsExactlyElementsOf(attendu.get(table));
        }
        assertThat(copie).isEqualTo(attendu);
    }

    @Test
    void parents_come_before_the_tables_that_point_to_them() {
        List<String> ordre = CopieBase.tablesDansLOrdre().stream().map(Table::getName).toList();

        assertThat(ordre).doesNotContain("flyway_schema_history");
        assertThat(ordre.indexOf("ASSURE")).isLessThan(ordre.indexOf("SITUATION"));
        assertThat(ordre.indexOf("SITUATION")).isLessThan(ordre.indexOf("DEMANDE"));
        assertThat(ordre.indexOf("DECISION")).isLessThan(ordre.indexOf("NOTIFICATION"));
        assertThat(ordre.indexOf("NOTIFICATION")).isLessThan(ordre.indexOf("NOTIFICATION_PDF"));
        assertThat(ordre.indexOf("POINT_ORDRE_DU_JOUR")).isLessThan(ordre.indexOf("POINT_RECUSATION"));
    }

    @Test
    void copying_to_another_database_of_the_run_keeps_every_row_and_a_second_copy_is_refused() {
        try (BaseDeDonnees source = BasesDeTest.ouvrir(dossier.resolve("source"));
             BaseDeDonnees cible = BasesDeTest.ouvrir(dossier.resolve("cible"))) {
            remplir(source);
            Map<String, List<String>> attendu = contenu(source);

            copierEtComparer(source, cible, attendu);

            assertThatThrownBy(() -> CopieBase.copier(source, cible, t -> { }))
                    .isInstanceOf(BaseIndisponibleException.class)
                    .hasMessageContaining("contient déjà des données")
                    .hasMessageContaining("situation");
            assertThat(contenu(cible)).isEqualTo(attendu);
            // the copy is a working database: the application reads it like the original
            assertThat(cible.seances().findAll()).isEqualTo(source.seances().findAll());
            assertThat(cible.notifications().pdf(source.notifications().findAll().get(0).id()))
                    .hasValueSatisfying(pdf -> assertThat(pdf).hasSize(70_000));
        }
    }

    @Test
    @Tag("postgresql")
    @EnabledIfEnvironmentVariable(named = BasesDeTest.VARIABLE_URL, matches = ".+")
    void h2_to_postgresql_and_back_to_h2_keeps_every_row_of_every_table() {
        try (BaseDeDonnees h2 = BaseDeDonnees.ouvrir(dossier.resolve("h2-depart"));
             BaseDeDonnees postgresql = BasesDeTest.nouveauSchemaPostgresql().ouvrir();
             BaseDeDonnees retour = BaseDeDonnees.ouvrir(dossier.resolve("h2-retour"))) {
            remplir(h2);
            Map<String, List<String>> attendu = contenu(h2);
            assertThat(h2.embarquee()).isTrue();
            assertThat(postgresql.embarquee()).isFalse();

            copierEtComparer(h2, postgresql, attendu);
            copierEtComparer(postgresql, retour, attendu);

            assertThat(retour.decisions().findAll()).isEqualTo(h2.decisions().findAll());
            assertThat(retour.situations().findAll()).isEqualTo(h2.situations().findAll());
        }
    }
}
