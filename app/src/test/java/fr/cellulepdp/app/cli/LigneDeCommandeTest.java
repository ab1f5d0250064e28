package fr.cellulepdp.app.cli;

import fr.cellulepdp.app.wiring.CommandesCablees;
import static org.assertj.core.api.Assertions.assertThat;

import fr.cellulepdp.app.wiring.PostgresqlDeTest;
import fr.cellulepdp.persistence.base.BaseDeDonnees;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line run in-process, on a real H2 file database. */
class LigneDeCommandeTest {

    @TempDir
    Path dossier;

    private final StringWriter sortie = new StringWriter();
    private final StringWriter erreurs = new StringWriter();
    private final List<fr.cellulepdp.persistence.base.AccesBase> fenetresOuvertes = new ArrayList<>();

    /** The demo coordinatrice's login, added to every command after --db; ignored while no account exists. */
    private static final String COORDINATRICE = "helene.martinel";
    private final java.util.Map<String, String> environnement = new java.util.HashMap<>(java.util.Map.of(
            "PDP_PASSWORD", fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE));

    private int executer(LanceurFenetre lanceur, String... arguments) {
        String[] avecCompte = avecCompte(arguments);
        return ligne(lanceur, avecCompte).execute(avecCompte);
    }

    /**
     * The command line in this process as the jar builds it for {@code arguments} (only the subcommand they name),
     * printing into {@link #sortie} and {@link #erreurs}.
     */
    private CommandLine ligne(LanceurFenetre lanceur, String... arguments) {
        CommandLine ligne = CommandesCablees.pour(arguments, lanceur, environnement::get);
        ligne.setOut(new PrintWriter(sortie, true));
        ligne.setErr(new PrintWriter(erreurs, true));
        return ligne;
    }

    private static String[] avecCompte(String... arguments) {
        List<String> liste = new ArrayList<>(List.of(arguments));
        int db = liste.indexOf("--db");
        if (db >= 0 && !liste.contains("--user")) {
            liste.addAll(db + 2, List.of("--user", COORDINATRICE));
        }
        return liste.toArray(String[]::new);
    }

    /**
     * The demo cell in this test's folder, base « cellule »: a copy of the one the demo's loading left once for the
     * JVM ({@link fr.cellulepdp.app.support.DemoPreparee}), for the tests that use it (the command itself is
     * {@code demo_fills_an_empty_database...}'s).
     */
    private void copierLaDemo() {
        fr.cellulepdp.app.support.DemoPreparee.copier(fr.cellulepdp.app.support.DemoPreparee.LANCEMENT, dossier);
    }

    /** The demo as the demo command leaves a file from before encryption, loaded once for the class. */
    @TempDir
    static Path demoEnClair;
    private static boolean demoEnClairChargee;

    /**
     * The demo cell in a file from before encryption (created empty by the persistence, then the demo command), in
     * this test's folder, base « cellule »: a copy of the one loaded once for the class.
     */
    private void copierLaDemoEnClair() throws java.io.IOException {
        synchronized (LigneDeCommandeTest.class) {
            if (!demoEnClairChargee) {
                Path fichier = demoEnClair.resolve("cellule");
                BaseDeDonnees.ouvrir(fichier).close();
                CommandLine demo = CommandesCablees.creer(fenetresOuvertes::add, environnement::get);
                demo.setOut(new PrintWriter(java.io.Writer.nullWriter()));
                assertThat(demo.execute("--db", fichier.toString(), "demo")).isZero();
                demoEnClairChargee = true;
            }
        }
        fr.cellulepdp.app.support.CopieDeModele.copier(demoEnClair, dossier);
    }

    private int executer(String... arguments) {
        return executer(fenetresOuvertes::add, arguments);
    }

    /** The H2 file read again: as the demo coordinatrice once its key is wrapped, else with the key kept in clear. */
    private static fr.cellulepdp.app.wiring.Services relire(Path fichier) {
        fr.cellulepdp.persistence.base.AccesBase acces = fr.cellulepdp.persistence.base.AccesBase.fichier(fichier);
        return acces.verrouillee()
                ? fr.cellulepdp.app.wiring.Services.ouvrirDemoCommeCoordinatrice(fichier,
                        fr.cellulepdp.model.commun.Horloge.systeme())
                : fr.cellulepdp.app.wiring.Services.ouvrir(acces, fr.cellulepdp.model.commun.Horloge.systeme());
    }

    @Test
    void version_prints_the_version_of_the_build() {
        assertThat(executer("version")).isZero();
        assertThat(sortie.toString()).matches("Cellule PDP \\d+\\.\\d+\\.\\d+\\R");
    }

    @Test
    void demo_fills_an_empty_database_then_refuses_a_second_time_and_the_data_survives() {
        String base = dossier.resolve("cellule").toString();

        assertThat(executer("--db", base, "demo")).isZero();
        assertThat(sortie.toString()).contains("60 personnes").contains("7 séances").doesNotContain("@exemple.fr");

        assertThat(executer("--db", base, "demo")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("Erreur : La base contient déjà des données");

        try (var reouverte = relire(dossier.resolve("cellule"))) {
            assertThat(reouverte.stockage().assures().count()).isEqualTo(60);
            assertThat(reouverte.stockage().seances().count()).isEqualTo(7);
        }
    }

    @Test
    void indicators_writes_the_csv_excel_opens_and_the_review_pdf_and_refuses_a_wrong_date() throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();
        Path csv = dossier.resolve("exports/indicateurs.csv");

        assertThat(executer("--db", base, "indicators", "--from", "01/01/2026", "--to", "2026-12-31", "--csv",
                csv.toString())).isZero();
        byte[] octets = java.nio.file.Files.readAllBytes(csv);
        assertThat(java.util.Arrays.copyOf(octets, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lignes = java.nio.file.Files.readAllLines(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(lignes.get(0)).isEqualTo("\uFEFFrubrique;libelle;colonne;valeur;definition");
        assertThat(lignes).contains("Période;du;;2026-01-01;", "Période;au;;2026-12-31;");
        try (var lue = relire(dossier.resolve("cellule"))) {
            fr.cellulepdp.model.indicateur.Indicateurs attendus = new fr.cellulepdp.model.indicateur.CalculerIndicateurs(
                    lue.stockage(), () -> fr.cellulepdp.model.cellule.Utilisateur.systeme())
                    .calculer(fr.cellulepdp.model.indicateur.Periode.annee(2026));
            assertThat(attendus.seances().tenues()).isPositive();
            assertThat(lignes).contains("Activité;Séances tenues;;" + attendus.seances().tenues() + ";");
            assertThat(lignes).hasSize(1 + 2 + attendus.lignesExport().size());
        }
        assertThat(sortie.toString()).contains("Indicateurs du 2026-01-01 au 2026-12-31").contains("séances");

        Path pdf = dossier.resolve("bilan.pdf");
        assertThat(executer("--db", base, "indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--pdf",
                pdf.toString())).isZero();
        assertThat(new String(java.nio.file.Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");

        Path refuse = dossier.resolve("refuse.csv");
        assertThat(executer("--db", base, "indicators", "--from", "31/02/2026", "--csv", refuse.toString()))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("« 31/02/2026 » n'est pas une date");
        assertThat(executer("--db", base, "indicators", "--from", "2026-12-31", "--to", "2026-01-01", "--csv",
                refuse.toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("précède son début");
        assertThat(refuse).doesNotExist();
        assertThat(executer("--db", base, "indicators", "--csv", "a.csv", "--pdf", "b.pdf"))
                .isEqualTo(picocli.CommandLine.ExitCode.USAGE);
    }

    @Test
    void indicators_export_signs_the_cell_s_facts_and_consolidate_needs_neither_database_nor_account()
            throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();
        Path export = dossier.resolve("export-2026.csv");
        assertThat(executer("--db", base, "indicators", "--from", "2026-01-01", "--to", "2026-12-31", "--export",
                export.toString())).isZero();
        assertThat(java.nio.file.Files.readString(export)).startsWith("cellule,du,au,version,code,libelle,valeur,"
                + "masque\n").contains(",#signature,");

        environnement.clear();
        Path revue = dossier.resolve("revue.pdf");
        assertThat(executer("consolidate", export.toString(), "--pdf", revue.toString())).isZero();
        assertThat(sortie.toString()).contains("1 export(s) vérifié(s) et consolidé(s)");
        assertThat(new String(java.nio.file.Files.readAllBytes(revue), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        Path modifie = dossier.resolve("modifie.csv");
        java.nio.file.Files.writeString(modifie, java.nio.file.Files.readString(export)
                .replaceFirst(",PERS,([^,]*),(\\d*),", ",PERS,$1,12345,"));
        Path refusee = dossier.resolve("refusee.csv");
        assertThat(executer("consolidate", modifie.toString(), "--csv", refusee.toString()))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("export « modifie.csv » refusé");
        assertThat(refusee).doesNotExist();
    }

    @Test
    void once_accounts_exist_the_command_line_asks_who_acts_refuses_a_wrong_password_and_a_referent_s_copy() {
        String base = dossier.resolve("cellule").toString();
        assertThat(executer("--db", base, "demo")).isZero();
        assertThat(sortie.toString()).contains("helene.martinel", "Demo-PDP-2026!");

        environnement.put("PDP_PASSWORD", "Pas-le-bon-2026");
        assertThat(executer("--db", base, "verify-audit")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("identifiant ou mot de passe incorrect");
        assertThat(executer("--db", base, "--user", "inconnu", "verify-audit")).isEqualTo(LigneDeCommande.ECHEC);
        environnement.remove("PDP_PASSWORD");
        CommandLine sansCompte = CommandesCablees.creer(fenetresOuvertes::add, environnement::get);
        sansCompte.setErr(new PrintWriter(erreurs, true));
        assertThat(sansCompte.execute("--db", base, "verify-audit")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("cette base a des comptes : indiquez --user IDENTIFIANT");

        environnement.put("PDP_PASSWORD", fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE);
        assertThat(executer("--db", base, "--user", "julien.perrot", "members", "list")).isZero();
        // a social référent's copy of the whole base is refused before anything is written
        Path copie = dossier.resolve("copie-referent");
        assertThat(executer("--db", base, "--user", "julien.perrot", "migrate-db", "--to",
                "jdbc:h2:file:" + copie.resolve("cellule"))).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice fait la copie de la base, qui contient les "
                + "dossiers de toutes les personnes.");
        assertThat(copie).doesNotExist();
    }

    @Test
    void verify_audit_is_the_coordinatrice_s_and_names_the_entry_edited_behind_the_application_s_back() throws Exception {
        // a file in clear, from before encryption, edited with an SQL tool before the coordinatrice's login protects
        // it (an encrypted file is edited only by someone holding its key: the same check applies)
        String base = dossier.resolve("cellule").toString();
        copierLaDemoEnClair();
        String referent = "julien.perrot";

        // the trail is the coordinatrice's to read and check
        assertThat(executer("--db", base, "--user", referent, "verify-audit")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice vérifie le journal d'audit");

        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE evenement_audit SET details = 'rien' WHERE numero_sequence = 1"))
                    .isEqualTo(1);
        }
        assertThat(executer("--db", base, "verify-audit")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sortie.toString()).contains("Journal d'audit altéré à l'entrée n° 1 : son contenu a été modifié");
    }

    @Test
    void verify_audit_reads_the_seal_a_signed_minutes_pdf_carries_and_names_the_entries_deleted_since() throws Exception {
        Path fichier = dossier.resolve("cellule");
        copierLaDemoEnClair();
        // the head sealed as a signed minutes carries it (the coordinatrice's key open), then the trail cut short
        fr.cellulepdp.model.audit.SceauJournal.Sceau sceau;
        try (BaseDeDonnees base = BaseDeDonnees.ouvrir(fichier)) {
            var elle = new fr.cellulepdp.model.compte.SeConnecter(base,
                    new fr.cellulepdp.persistence.compte.HachageArgon2(), fr.cellulepdp.model.commun.Horloge.systeme())
                    .connecter(COORDINATRICE, fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE.toCharArray());
            // her day's work after her first login's attestations, which the cut below leaves in place
            for (int i = 0; i < 12; i++) {
                new fr.cellulepdp.model.audit.Audit(base, fr.cellulepdp.model.commun.Horloge.systeme()).noter(elle,
                        "DOCUMENT_OUVERT", "Seance", null, "travail n° " + i);
            }
            sceau = fr.cellulepdp.model.audit.SceauJournal.Sceau.tete(base, COORDINATRICE).orElseThrow();
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + fichier, "sa", "");
             java.sql.Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("DELETE FROM evenement_audit WHERE numero_sequence > " + (sceau.sequence() - 10)))
                    .isEqualTo(10);
        }
        Path pv = dossier.resolve("03-proces-verbal.pdf");
        Path sansSceau = dossier.resolve("autre.pdf");
        for (Path pdf : List.of(pv, sansSceau)) {
            try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
                document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
                if (pdf.equals(pv)) {
                    document.getDocumentInformation().setCustomMetadataValue(
                            fr.cellulepdp.model.document.SignatureDocuments.CLE_SCEAU_JOURNAL, sceau.enTexte());
                }
                document.save(pdf.toFile());
            }
        }

        // the right first: a référent's command opens no file, not even a missing one
        assertThat(executer("--db", fichier.toString(), "--user", "julien.perrot", "verify-audit", "--pdf",
                dossier.resolve("absent.pdf").toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice vérifie le journal d'audit")
                .doesNotContain("absent.pdf");

        assertThat(executer("--db", fichier.toString(), "verify-audit", "--pdf", pv.toString(), "--pdf",
                sansSceau.toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sortie.toString()).contains("Le fichier « autre.pdf » ne porte pas de sceau du journal")
                .contains("ont été supprimées (le procès-verbal signé « 03-proces-verbal.pdf » en comptait "
                        + sceau.sequence() + ")");
        assertThat(executer("--db", fichier.toString(), "verify-audit", "--pdf", dossier.resolve("absent.pdf")
                .toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("le fichier « " + dossier.resolve("absent.pdf")
                + " » ne peut pas être lu");
    }

    @Test
    void the_coordinatrice_s_login_encrypts_a_file_from_before_encryption_and_the_others_then_need_a_new_password()
            throws Exception {
        Path fichier = dossier.resolve("cellule");
        copierLaDemoEnClair();
        assertThat(java.nio.file.Files.readString(dossier.resolve("cellule.mv.db"),
                java.nio.charset.StandardCharsets.ISO_8859_1)).as("in clear before").contains("CPAM de la Ni");

        assertThat(executer("--db", fichier.toString(), "verify-audit")).isZero();

        fr.cellulepdp.persistence.base.AccesBase acces = fr.cellulepdp.persistence.base.AccesBase.fichier(fichier);
        assertThat(acces.verrouillee()).isTrue();
        assertThat(java.nio.file.Files.readString(dossier.resolve("cellule.mv.db"),
                java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("CPAM de la Ni");
        assertThat(executer("--db", fichier.toString(), "--user", "julien.perrot", "verify-audit"))
                .isEqualTo(LigneDeCommande.ECHEC);
        try (var services = relire(fichier)) {
            assertThat(services.stockage().journalAudit().findAll()).anySatisfy(e ->
                    assertThat(e.action()).isEqualTo("BASE_CHIFFREE"));
            var comptes = services.miseEnPlace().gererComptes();
            assertThat(comptes.sansAccesALaBase()).contains("julien.perrot")
                    .doesNotContain(COORDINATRICE);
            var julien = services.stockage().comptes().findByIdentifiant("julien.perrot").orElseThrow();
            char[] nouveau = "Nouveau-Mot-2026!".toCharArray();
            comptes.changerMotDePasse(julien.id(), nouveau, nouveau);
        }
        environnement.put("PDP_PASSWORD", "Nouveau-Mot-2026!");
        assertThat(executer("--db", fichier.toString(), "--user", "julien.perrot", "members", "list")).isZero();
    }

    @Test
    void render_after_demo_writes_the_pack_of_the_last_closed_meeting_signed_with_the_demo_certificate()
            throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();
        Path documents = dossier.resolve("documents");
        // in this process: the certificate's password comes through the command line's environment
        Resultat rendu = executerAvec(MotDePasse.VARIABLE, "demo", "--db", base, "render", "--seance", "last", "--out",
                documents.toString());

        assertThat(rendu.code()).as(rendu.texte()).isZero();
        assertThat(rendu.texte()).contains("documents de la séance n° 25", "signés");
        Path seance = documents.resolve("seance-025");
        List<String> sommes = java.nio.file.Files.readAllLines(seance.resolve("SHA256SUMS"));
        assertThat(sommes).hasSizeGreaterThan(4).allSatisfy(ligne -> {
            String[] parties = ligne.split("  ", 2);
            byte[] contenu = java.nio.file.Files.readAllBytes(seance.resolve(parties[1]));
            assertThat(java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(contenu))).as(parties[1]).isEqualTo(parties[0]);
        });
        try (var pv = org.apache.pdfbox.Loader.loadPDF(seance.resolve("03-proces-verbal.pdf").toFile())) {
            assertThat(pv.getSignatureDictionaries()).singleElement()
                    .satisfies(sig -> assertThat(sig.getName()).isEqualTo("Hélène Martinel"));
        }
        // the secretary countersigns the minutes, with their own certificate
        Path certificatSecretaire = dossier.resolve("secretaire.p12");
        java.nio.file.Files.write(certificatSecretaire, fr.cellulepdp.reports.signature.CertificatAutoSigne.creer(
                "Julien Perrot", "CPAM", "secret".toCharArray(), java.time.Instant.now()));
        // another member cannot sign in the secretary's frame, nor the secretary with someone else's certificate;
        // each refusal leaves the file as it was
        byte[] avantRefus = java.nio.file.Files.readAllBytes(seance.resolve("03-proces-verbal.pdf"));
        Resultat intrus = contresigner(seance, certificatSecretaire, "sophie.garnier");
        assertThat(intrus.code()).as(intrus.texte()).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(intrus.texte()).contains("attend la signature de Julien Perrot : Sophie Garnier ne peut pas signer");
        Path autreCertificat = dossier.resolve("autre.p12");
        java.nio.file.Files.write(autreCertificat, fr.cellulepdp.reports.signature.CertificatAutoSigne.creer(
                "Hélène Martinel", "CPAM", "secret".toCharArray(), java.time.Instant.now()));
        Resultat emprunt = contresigner(seance, autreCertificat, "julien.perrot");
        assertThat(emprunt.code()).as(emprunt.texte()).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(emprunt.texte()).contains("ce certificat est celui de Hélène Martinel, pas de Julien Perrot");
        assertThat(java.nio.file.Files.readAllBytes(seance.resolve("03-proces-verbal.pdf"))).isEqualTo(avantRefus);
        Resultat second = contresigner(seance, certificatSecretaire, "julien.perrot");
        assertThat(second.code()).as(second.texte()).isZero();
        assertThat(second.texte()).contains("Document signé dans le cadre prévu pour Julien Perrot");
        try (var pv = org.apache.pdfbox.Loader.loadPDF(seance.resolve("03-proces-verbal.pdf").toFile())) {
            assertThat(pv.getSignatureDictionaries()).extracting(sig -> sig.getName())
                    .containsExactly("Hélène Martinel", "Julien Perrot");
        }
        byte[] contresigne = java.nio.file.Files.readAllBytes(seance.resolve("03-proces-verbal.pdf"));
        assertThat(java.nio.file.Files.readAllLines(seance.resolve("SHA256SUMS"))).contains(java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(contresigne))
                + "  03-proces-verbal.pdf");

        try (var reouverte = relire(dossier.resolve("cellule"))) {
            // the trail says who signed which file, once: the refusals signed nothing
            assertThat(reouverte.stockage().journalAudit().findAll())
                    .filteredOn(e -> e.action().equals("DOCUMENT_CONTRESIGNE")).singleElement().satisfies(e -> {
                        assertThat(e.acteur()).isEqualTo("julien.perrot");
                        assertThat(e.details()).contains("03-proces-verbal.pdf", "certificat de Julien Perrot");
                    });
            // one notification per letter of the pack (its letters and copies, under courriers/)
            assertThat(reouverte.stockage().notifications().findAll())
                    .hasSize((int) sommes.stream().filter(l -> l.contains("  courriers/")).count())
                    .allSatisfy(n -> assertThat(n.statut().name()).as("signée : à poster, ou en attente d'envoi par courriel")
                        .isIn("SIGNEE", "EN_ATTENTE_ENVOI"))
                .anySatisfy(n -> assertThat(n.statut().name()).isEqualTo("EN_ATTENTE_ENVOI"));
        }
    }

    @Test
    void render_without_a_password_or_with_an_unknown_meeting_says_why_in_french() throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();

        assertThat(executer("--db", base, "render", "--seance", "99")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("il n'y a pas de séance n° 99");
        assertThat(executer("--db", base, "render", "--seance", "last", "--certificat",
                dossier.resolve("absent.p12").toString(), "--out", dossier.resolve("docs").toString()))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).containsAnyOf("mot de passe du certificat requis", "ne peut pas être lu");
    }

    @Test
    void settings_tsa_is_the_coordinatrices_checks_the_url_and_keeps_it_beside_the_base() throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();

        assertThat(executer("--db", base, "settings", "tsa", "--url", "ftp://horodatage.exemple.fr"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("n'est pas une adresse http:// ou https://");
        assertThat(executer("--db", base, "--user", "sophie.garnier", "settings", "tsa", "--url",
                "https://horodatage.exemple.fr/tsr")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("seule la coordinatrice");
        assertThat(dossier.resolve("horodatage.properties")).doesNotExist();

        assertThat(executer("--db", base, "settings", "tsa", "--url", "https://horodatage.exemple.fr/tsr")).isZero();
        assertThat(sortie.toString()).contains("PAdES B-T");
        assertThat(fr.cellulepdp.app.document.ReglagesHorodatage.lire(dossier).url())
                .isEqualTo("https://horodatage.exemple.fr/tsr");
    }

    @Test
    void settings_smtp_then_send_delivers_the_outbox_and_reports_in_json() throws Exception {
        // the demo with its last meeting's pack signed, as a window would leave it
        Path base = fr.cellulepdp.app.support.DemoPreparee.copierAvecDocuments(
                fr.cellulepdp.app.support.DemoPreparee.LANCEMENT, dossier);
        int port;
        try (java.net.ServerSocket libre = new java.net.ServerSocket(0)) {
            port = libre.getLocalPort();
        }
        assertThat(executer("--db", base.toString(), "settings", "smtp", "--host", "smtp.exemple.fr", "--port", "25",
                "--security", "none", "--from", "cellule@exemple.fr")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("une connexion sans chiffrement n'est permise que vers un serveur local");

        assertThat(executer("--db", base.toString(), "settings", "smtp", "--host", "localhost", "--port",
                Integer.toString(port), "--security", "none", "--from", "cellule@exemple.fr")).isZero();
        var serveur = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(port,
                "127.0.0.1", "smtp"));
        serveur.start();
        try {
            assertThat(executer("--db", base.toString(), "send", "--json")).isZero();
            int recus = serveur.getReceivedMessages().length;
            assertThat(recus).isPositive();
            assertThat(sortie.toString()).contains("{\"sent\":" + recus + ",\"failed\":[],\"waiting\":0}");
        } finally {
            serveur.stop();
        }
        // a guessable password rule for the attachments is only an explicit choice, and warned about
        assertThat(executer("--db", base.toString(), "settings", "smtp", "--host", "localhost", "--port",
                Integer.toString(port), "--security", "none", "--from", "cellule@exemple.fr",
                "--attachment-password", "anniversaire")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("--attachment-password", "code, birth-date ou postcode-year attendu");
        assertThat(executer("--db", base.toString(), "settings", "smtp", "--host", "localhost", "--port",
                Integer.toString(port), "--security", "none", "--from", "cellule@exemple.fr",
                "--attachment-password", "birth-date")).isZero();
        assertThat(erreurs.toString()).contains("un tel mot de passe se devine");
    }

    /** The countersigning of the minutes by the member logged in as {@code compte}. */
    private Resultat contresigner(Path seance, Path certificat, String compte) {
        return executerAvec(MotDePasse.VARIABLE, "secret", "--db", dossier.resolve("cellule").toString(), "--user",
                compte, "contresigner", seance.resolve("03-proces-verbal.pdf").toString(), "--certificat",
                certificat.toString());
    }

    /** A command's exit code and what it printed, on its output and its error output. */
    private record Resultat(int code, String texte) {
    }

    /**
     * Runs a command in this process with one more environment variable (a password the command reads there), the
     * demo coordinatrice's login added after --db unless the arguments name one.
     */
    private Resultat executerAvec(String variable, String valeur, String... arguments) {
        return executerTelAvec(variable, valeur, avecCompte(arguments));
    }

    /** As {@link #executerAvec}, with exactly these arguments (no --user added). */
    private Resultat executerTelAvec(String variable, String valeur, String... arguments) {
        int dejaEcrit = sortie.getBuffer().length();
        int dejaSignale = erreurs.getBuffer().length();
        environnement.put(variable, valeur);
        try {
            int code = ligne(fenetresOuvertes::add, arguments).execute(arguments);
            return new Resultat(code, sortie.getBuffer().substring(dejaEcrit)
                    + erreurs.getBuffer().substring(dejaSignale));
        } finally {
            environnement.remove(variable);
        }
    }

    /** A child JVM with exactly these arguments (no --user added). */
    private Process lancerTel(String variable, String valeur, String... arguments) throws java.io.IOException {
        ProcessBuilder constructeur = fr.cellulepdp.app.support.JvmEnfant.commande(List.of(),
                fr.cellulepdp.app.Launcher.class, List.of(arguments)).redirectErrorStream(true);
        constructeur.environment().put(variable, valeur);
        constructeur.environment().put("PDP_PASSWORD", fr.cellulepdp.app.compte.ComptesDemo.MOT_DE_PASSE);
        return constructeur.start();
    }

    @Test
    void a_role_that_may_not_import_or_back_up_is_refused_before_its_file_is_read_or_made() throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();
        // the administrative référent reads files but does not import: her list is not even opened (it does not
        // exist, and the refusal says so rather than the missing file)
        Path liste = dossier.resolve("liste-absente.csv");
        Resultat importe = executerTelAvec("PDP_INUTILE", "", "--db", base, "--user", "marc.rolland",
                "import-ij60", liste.toString());
        assertThat(importe.code()).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(importe.texte()).contains("lecture seule").doesNotContain("liste-absente");

        // a social référent's backup: refused before the copy of the base is made in the data folder
        Path temporaire = dossier.resolve(fr.cellulepdp.app.document.FichiersPrives.TEMPORAIRE);
        boolean existait = Files.exists(temporaire);
        Resultat sauvegarde = executerTelAvec(CommandeSauvegarde.VARIABLE, "Sauvegarde-Cellule-2026!", "--db", base,
                "--user", "sophie.garnier", "backup", dossier.resolve("refusee.sauvegarde").toString());
        assertThat(sauvegarde.code()).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sauvegarde.texte()).contains("seule la coordinatrice fait la sauvegarde");
        assertThat(Files.exists(temporaire)).as("the private temporary folder, made for the copy").isEqualTo(existait);
        assertThat(dossier.resolve("refusee.sauvegarde")).doesNotExist();
    }

    @Test
    void backup_then_restore_from_the_command_line_and_a_wrong_password_is_refused() throws Exception {
        String base = dossier.resolve("cellule").toString();
        copierLaDemo();
        String fichier = dossier.resolve("cellule.sauvegarde").toString();
        String motDePasse = "Sauvegarde-Cellule-2026!";

        Resultat sauvegarde = executerAvec(CommandeSauvegarde.VARIABLE, motDePasse, "--db", base, "backup", fichier);
        assertThat(sauvegarde.code()).as(sauvegarde.texte()).isZero();
        assertThat(sauvegarde.texte()).contains("Sauvegarde écrite");

        Resultat mauvais = executerAvec(CommandeSauvegarde.VARIABLE, "autre", "--db", base, "restore", fichier);
        assertThat(mauvais.code()).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(mauvais.texte()).contains("mot de passe est erroné");

        // refused before anything is touched: no account, a partner, a social référent, the base open elsewhere
        List<String> raisons = new ArrayList<>();
        for (List<String> compte : List.of(List.<String>of(), List.of("--user", "paul.vernier"),
                List.of("--user", "sophie.garnier"))) {
            List<String> arguments = new ArrayList<>(List.of("--db", base));
            arguments.addAll(compte);
            arguments.addAll(List.of("restore", fichier));
            Resultat refus = executerTelAvec(CommandeSauvegarde.VARIABLE, motDePasse, arguments.toArray(String[]::new));
            raisons.add(refus.texte());
            assertThat(refus.code()).as(refus.texte()).isEqualTo(LigneDeCommande.ECHEC);
        }
        assertThat(raisons.get(0)).contains("indiquez --user");
        assertThat(raisons.get(1)).as("a partner's password opens no encrypted file").contains("incorrect");
        assertThat(raisons.get(2)).contains("seule la coordinatrice restaure une sauvegarde");
        try (var ouverte = relire(dossier.resolve("cellule"))) {
            // another process: the file's lock is what refuses it (this JVM would share its own open base)
            Process pendantOuverture = lancerTel(CommandeSauvegarde.VARIABLE, motDePasse, avecCompte("--db", base,
                    "restore", fichier));
            String sortiePendant = new String(pendantOuverture.getInputStream().readAllBytes());
            assertThat(pendantOuverture.waitFor()).as(sortiePendant).isEqualTo(LigneDeCommande.ECHEC);
            assertThat(ouverte.stockage().seances().count()).isEqualTo(7);
        }
        assertThat(Path.of(base + ".mv.db.avant-restauration-1")).as("nothing replaced").doesNotExist();

        Resultat restauration = executerAvec(CommandeSauvegarde.VARIABLE, motDePasse, "--db", base, "restore", fichier);
        assertThat(restauration.code()).as(restauration.texte()).isZero();
        assertThat(restauration.texte()).contains("Sauvegarde restaurée", "7 séances");
        assertThat(Path.of(base + ".mv.db.avant-restauration-1")).exists();
        assertThat(Path.of(base + ".cles.avant-restauration-1")).exists();
    }

    @Test
    void import_ij60_imports_the_good_rows_and_reports_the_bad_ones_in_json(@TempDir Path fichiers) throws Exception {
        String base = dossier.resolve("cellule").toString();
        Path liste = fichiers.resolve("ij60.csv");
        java.nio.file.Files.writeString(liste, "nir;nom;prenom;date_debut_arret;risque;telephone;service\n"
                + "269054958815780;Roy;Anne;01/08/2026;maladie;03 86 00 00 00;x\n"
                + "269054958815781;Roy;Anne;01/08/2026;maladie;;\n"
                + "185052A00412356;Martin;Jean;01/08/2026;at;;\n"
                + "185057800608491;Paul;\"Jean;01/08/2026;at;;\n"
                + "285057800608441;Lune;Zoé;01/08/2026;at;" + "0".repeat(32) + ";\n"
                + "  \n");

        // no command acts in nobody's name: the coordinatrice's account comes first
        assertThat(executer("--db", base, "import-ij60", liste.toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("cette base n'a encore aucun compte : créez d'abord celui de la "
                + "coordinatrice (setup account --login IDENTIFIANT");
        assertThat(executer("--db", base, "setup", "account", "--login", COORDINATRICE)).as(erreurs.toString())
                .isZero();
        sortie.getBuffer().setLength(0);

        assertThat(executer("--db", base, "import-ij60", liste.toString(), "--json")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sortie.toString().strip()).isEqualTo("{\"new\":2,\"alreadyFollowed\":0,\"errors\":["
                + "{\"line\":3,\"reason\":\"colonne « nir » (n° 1) : la clé « 81 » ne correspond pas au numéro : "
                + "vérifiez la saisie.\"},"
                + "{\"line\":5,\"reason\":\"ligne illisible : guillemets non fermés (un champ commence par \\\" sans "
                + "\\\" pour le fermer).\"},"
                + "{\"line\":6,\"reason\":\"colonne « telephone » (n° 6) : 30 caractères au plus (32 saisis).\"}],"
                + "\"ignoredColumns\":[\"service\"]}");
        assertThat(erreurs.toString()).as("progress on the error output: the rows read and written in one reading, "
                + "of the file's (a blank line is no row)").contains("import : 100 % (5 / 5)");

        sortie.getBuffer().setLength(0);
        java.nio.file.Files.writeString(liste, "nir;nom;prenom;date_debut_arret;risque\n"
                + "269054958815780;Roy;Anne;01/08/2026;maladie\n");
        assertThat(executer("--db", base, "import-ij60", liste.toString())).isZero();
        assertThat(sortie.toString()).startsWith("0 nouvelle(s) situation(s), 1 déjà suivie(s), 0 ligne(s) en erreur.")
                .doesNotContain("Roy");

        sortie.getBuffer().setLength(0);
        java.nio.file.Files.writeString(liste, "nir;nom;prenom;date_debut_arret;risque;Nom\n");
        assertThat(executer("--db", base, "import-ij60", liste.toString(), "--json")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(sortie.toString().strip()).as("JSON even when the file is refused whole").isEqualTo(
                "{\"new\":0,\"alreadyFollowed\":0,\"errors\":[{\"line\":1,\"reason\":\"fichier : colonne(s) en "
                + "double dans l'en-tête : nom (laquelle garder ?). Supprimez le doublon.\"}],\"ignoredColumns\":[]}");
        try (var reouverte = relire(dossier.resolve("cellule"))) {
            assertThat(reouverte.stockage().situations().count()).isEqualTo(2);
        }
    }

    @Test
    void migrate_db_copies_every_table_into_an_empty_h2_file_prints_the_counts_and_refuses_a_second_time() throws Exception {
        String depart = dossier.resolve("cellule").toString();
        copierLaDemo();
        sortie.getBuffer().setLength(0);
        String arrivee = "jdbc:h2:file:" + dossier.resolve("copie/cellule");

        assertThat(executer("--db", depart, "migrate-db", "--to", arrivee)).as(erreurs.toString()).isZero();

        assertThat(sortie.toString()).contains("situation", "decision", "notification_pdf")
                .containsPattern("assure\\s+60\\s+60").contains("Copie vérifiée").doesNotContain("≠");
        assertThat(executer("--db", depart, "migrate-db", "--to", arrivee)).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("Erreur : La base cible").contains("contient déjà des données");
        assertThat(executer("--db", depart, "migrate-db", "--to", depart + ".mv.db")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("la base cible est la base de départ");
        // the copy is encrypted with a key of its own, kept in clear until the coordinatrice's first login there
        fr.cellulepdp.persistence.base.AccesBase copie = fr.cellulepdp.persistence.base.AccesBase.fichier(
                dossier.resolve("copie/cellule"));
        assertThat(copie.verrouillee()).isFalse();
        assertThat(copie.aProteger()).isTrue();
        sortie.getBuffer().setLength(0);
        assertThat(executer("--db", arrivee, "--user", "julien.perrot", "members", "list")).isZero();
        assertThat(copie.aProteger()).as("another role's login leaves it as it is").isTrue();
        assertThat(executer("--db", arrivee, "verify-audit")).isZero();
        assertThat(copie.verrouillee()).isTrue();
        try (var relue = relire(dossier.resolve("copie/cellule"))) {
            assertThat(relue.stockage().situations().count()).isEqualTo(68);
            assertThat(relue.stockage().seances().count()).isEqualTo(7);
        }
    }

    @Test
    void an_unreachable_database_server_is_explained_in_french_and_backup_refuses_a_server() {
        assertThat(executer("--db", "jdbc:postgresql://127.0.0.1:1/cellule", "--db-user", "pdp", "demo"))
                .isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("Le serveur PostgreSQL").contains("ne répond pas")
                .doesNotContain("Exception");

        assertThat(executer("--db", "jdbc:postgresql://127.0.0.1:1/cellule", "backup",
                dossier.resolve("s").toString())).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("serveur PostgreSQL").contains("pg_dump");
        assertThat(executer("--db", "jdbc:oracle:thin:@x", "demo")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("non prise en charge");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = PostgresqlDeTest.VARIABLE_URL,
            matches = ".+")
    void migrate_db_from_h2_to_postgresql_and_back_keeps_every_row_and_the_window_runs_on_the_server() {
        String h2 = dossier.resolve("cellule").toString();
        assertThat(executer("--db", h2, "demo")).isZero();
        String serveur = PostgresqlDeTest.nouvelleBase();

        assertThat(executer("--db", h2, "migrate-db", "--to", serveur)).as(erreurs.toString()).isZero();
        assertThat(sortie.toString()).contains("PostgreSQL").contains("Copie vérifiée").doesNotContain("password");
        assertThat(executer("--db", serveur, "migrate-db", "--to", dossier.resolve("retour").toString()))
                .as(erreurs.toString()).isZero();

        try (var depart = relire(dossier.resolve("cellule")); var retour = relire(dossier.resolve("retour"))) {
            assertThat(retour.stockage().decisions().findAll()).isEqualTo(depart.stockage().decisions().findAll());
            assertThat(retour.stockage().seances().findAll()).isEqualTo(depart.stockage().seances().findAll());
            assertThat(retour.stockage().situations().findAll()).isEqualTo(depart.stockage().situations().findAll());
        }
        // the demo refuses the server now holding the cell; the window opens on the server
        assertThat(executer("--db", serveur, "demo")).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("La base contient déjà des données");
        assertThat(executer("--db", serveur)).isZero();
        assertThat(fenetresOuvertes).singleElement().satisfies(acces -> {
            assertThat(acces.partagee()).isTrue();
            assertThat(acces.toString()).doesNotContain("password");
        });
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable(named = PostgresqlDeTest.VARIABLE_URL,
            matches = ".+")
    void a_wrong_database_password_is_explained_in_french() {
        String serveur = PostgresqlDeTest.nouvelleBase().replaceAll("password=[^&]*", "password=faux");

        assertThat(executer("--db", serveur, "demo")).isEqualTo(LigneDeCommande.ECHEC);

        assertThat(erreurs.toString()).contains("refuse la connexion").contains("mot de passe incorrect")
                .doesNotContain("faux");
    }

    @Test
    void without_subcommand_the_window_opens_on_the_database_given() {
        assertThat(executer("--db", dossier.resolve("x").toString())).isZero();

        assertThat(fenetresOuvertes).singleElement().satisfies(acces -> assertThat(acces.fichier())
                .contains(dossier.resolve("x")));
        assertThat(sortie.toString()).isEmpty();
    }

    @Test
    void a_window_that_cannot_open_is_explained_in_french() {
        int code = executer(base -> {
            throw new UnsupportedOperationException("Unable to load glass GTK library.");
        }, "--db", dossier.resolve("x").toString());

        assertThat(code).isEqualTo(LigneDeCommande.ECHEC);
        assertThat(erreurs.toString()).contains("la fenêtre ne peut pas s'ouvrir").contains("« demo »");
    }

    @Test
    void help_is_in_french_and_a_wrong_option_is_a_usage_error() {
        assertThat(executer("--help")).isZero();
        assertThat(sortie.toString()).contains("Utilisation : cellule-pdp").contains("demo").contains("version")
                .contains("Fichier de la base H2");

        assertThat(executer("--inconnue")).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(erreurs.toString()).contains("cellule-pdp --help");
        assertThat(fenetresOuvertes).isEmpty();
    }
}
